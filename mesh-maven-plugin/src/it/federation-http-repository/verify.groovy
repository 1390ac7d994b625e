// The repository over HTTP saw the producer's catalog uploaded and the consumer's download, both only with the
// credentials of settings.xml; the consumer's reference resolved through it.
def server = System.properties.remove('mesh.it.httpRepository')
server?.stop(0)

def log = new File(basedir, 'build.log').text
def requests = new File(basedir, 'requests.log').readLines()
def catalog = '/maven2/it/federation/http/sales-mesh/1.0/sales-mesh-1.0-mesh-catalog.json'

assert requests.contains("PUT $catalog 201".toString()) : 'the producer deployed its catalog over HTTP'
assert requests.contains("GET $catalog 200".toString()) : 'the consumer downloaded it over HTTP'
assert requests.any { it.endsWith(' 401') } : 'the repository asked for credentials'
assert new File(basedir, 'http-repository' + catalog).isFile()

assert log.contains('Mesh it.federation.http:sales-mesh:1.0: catalog ')
def page = new File(basedir, 'consumer/target/mesh-site/products/finance.revenue-daily.html').text
assert page.contains('href="https://sales.example.org/mesh/products/sales.orders.html"')
assert !log.contains('[MESH-FED-')
assert log.count('BUILD SUCCESS') == 2
return true
