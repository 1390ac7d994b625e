// The refusal names the product that exists, and the mesh is exactly as it was: no file changed, none added.
def log = new File(basedir, 'build.log').text
assert log.contains('BUILD FAILURE')
assert log.contains('Nothing was written: the product sales.orders exists already (domains/sales/orders/orders.odps.yaml).')
assert !(log =~ /\tat [a-z]+\.[a-z]+/) : 'a refusal must not print a stack trace'

def source = new File(itSources, 'add-refuses-to-overwrite')
def files = { File root -> def list = []; root.eachFileRecurse(groovy.io.FileType.FILES) { list << root.toPath().relativize(it.toPath()).toString() }; list.findAll { it.startsWith('domains') || it.startsWith('teams') }.sort() }
assert files(basedir) == files(source)
files(source).each { assert new File(basedir, it).text == new File(source, it).text : "$it changed" }
return true
