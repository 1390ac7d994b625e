// A real Maven build writes the graph in every format, and only the chosen ones when asked.
def graph = new File(basedir, 'target/mesh-graph')
def log = new File(basedir, 'build.log').text

assert log.contains('BUILD SUCCESS')
def names = { File dir -> dir.list().toList().sort() }
assert names(graph) == ['domains.dot', 'domains.graphml', 'domains.json', 'domains.mmd',
                        'products.dot', 'products.graphml', 'products.json', 'products.mmd']
assert new File(graph, 'products.dot').text.contains('"shop.carts" -> "shop.orders"')
assert new File(graph, 'products.mmd').text.startsWith('flowchart RL\n')
assert new File(graph, 'domains.json').text.contains('"producer" : "shop"')
assert names(new File(basedir, 'target/two-formats')) == ['domains.dot', 'domains.json', 'products.dot', 'products.json']
return true
