// A real git repository with two commits: the mesh as released, then a new major version that drops a property, with the old port kept.
changeMessage = 'Order lines 3.0.0 without the discount code; 2.3.0 kept until March'
return evaluate(new File(itSources, 'git-history.groovy'))
