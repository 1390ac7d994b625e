// A real Maven build of a small valid mesh: validation passes and the catalog is written.
def site = new File(basedir, 'target/mesh-site')
def log = new File(basedir, 'build.log').text

assert log.contains('Findings: 0 errors, 0 warnings')
assert log.contains('The mesh passed validation.')
assert log.contains('BUILD SUCCESS')
['index.html', 'ownership.html', 'quality.html', 'rules.html', 'catalog.json',
 'domains/shop.html', 'domains/money.html',
 'products/shop.orders.html', 'products/shop.carts.html', 'products/money.revenue.html',
 'contracts/shop.orders.orders.html', 'teams/shop-team.html', 'teams/money-team.html',
 'assets/style.css', 'assets/search.js', 'assets/lunr.min.js', 'search/manifest.js', 'search/terms-0.js',
 'search/docs-0.js'].each { assert new File(site, it).isFile() : "missing $it" }
// The product page summarises its contract and links to it; the contract page lists every field.
def productPage = new File(site, 'products/shop.orders.html').text
assert productPage.contains('href="../contracts/shop.orders.orders.html"')
assert productPage.contains('3 properties')
assert new File(site, 'contracts/shop.orders.orders.html').text.contains('customer_email')
assert !new File(basedir, 'target/mesh-site.staging').exists()

// Built twice from the same input: the same files with the same bytes.
def again = new File(basedir, 'target/mesh-site-again')
def files = { File root -> def list = []; root.eachFileRecurse(groovy.io.FileType.FILES) { list << root.toPath().relativize(it.toPath()).toString() }; list.sort() }
assert files(site) == files(again)
files(site).each { assert new File(site, it).bytes == new File(again, it).bytes : "$it differs between two builds" }
return true
