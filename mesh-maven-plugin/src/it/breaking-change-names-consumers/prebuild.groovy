// A real git repository with two commits: the mesh as released, then a commit that drops a consumed property.
changeMessage = 'Drop the discount code'
return evaluate(new File(itSources, 'git-history.groovy'))
