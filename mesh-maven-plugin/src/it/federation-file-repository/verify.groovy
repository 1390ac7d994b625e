// Three repositories' meshes federated through a file:// Maven repository, checked from what a user sees.
def log = new File(basedir, 'build.log').text
def repository = new File(basedir, 'repository/it/federation/file')

// mesh:publish attached the catalogs; mvn deploy put them in the repository under the project's version.
['sales-mesh', 'finance-mesh', 'registry'].each {
    assert new File(repository, "$it/1.0/$it-1.0-mesh-catalog.json").isFile() : "$it did not deploy its catalog"
}

// The consumer's cross-repository reference resolves, through a version range: no error, one dependency.
def consumerSite = new File(basedir, 'consumer/target/mesh-site')
def consumerPage = new File(consumerSite, 'products/finance.revenue-daily.html').text
assert consumerPage.contains('href="https://sales.example.org/mesh/products/sales.orders.html"') :
        "the consumer's product page links to the producer's page on the producer's site"
def producerCopy = new File(consumerSite, 'products/sales.orders.html').text
assert producerCopy.contains('it.federation.file:sales-mesh:1.0') : 'a product of another mesh names its mesh'
assert !producerCopy.contains('<script>alert') : 'markup in a resolved catalog is escaped'
assert producerCopy.contains('&lt;script&gt;alert')
def consumerCatalog = new groovy.json.JsonSlurper().parse(new File(consumerSite, 'catalog.json'))
assert consumerCatalog.siteUrl == 'https://finance.example.org/mesh/'
assert consumerCatalog.dependencies.size() == 1
assert !consumerCatalog.findings.any { it.severity == 'error' }

// Read again offline (-o): the local repository holds the catalog, and the build passes.
def offline = log.substring(log.indexOf(':validate (default-cli) @ finance-mesh ---'))
assert offline.startsWith(':validate (default-cli) @ finance-mesh ---\n[INFO] Mesh it.federation.file:sales-mesh:1.0: catalog ')
assert offline.indexOf('The mesh passed validation.') < offline.indexOf('BUILD SUCCESS')

// The registry builds the organisation's catalog from the two deployed catalogs alone.
def registrySite = new File(basedir, 'registry/target/mesh-site')
def registryCatalog = new groovy.json.JsonSlurper().parse(new File(registrySite, 'catalog.json'))
assert registryCatalog.products*.id.sort() == ['finance.revenue-daily', 'sales.orders']
assert registryCatalog.products.find { it.id == 'sales.orders' }.customProperties.mesh == 'it.federation.file:sales-mesh:1.0'
assert registryCatalog.products.find { it.id == 'finance.revenue-daily' }.customProperties.mesh == 'it.federation.file:finance-mesh:1.0'
assert registryCatalog.dependencies.size() == 1
['products/sales.orders.html', 'products/finance.revenue-daily.html', 'domains/sales.html', 'domains/finance.html',
 'contracts/sales.orders.order-lines.html', 'teams/checkout.html', 'teams/finance-data.html'].each {
    assert new File(registrySite, it).isFile() : "the registry site lacks $it"
}
// Every link inside the registry's pages leads to a page that exists.
registrySite.eachFileRecurse(groovy.io.FileType.FILES) { page ->
    if (!page.name.endsWith('.html')) return
    (page.text =~ /href="([^"#?:]+)(#[^"]*)?"/).each { match ->
        def target = new File(page.parentFile, match[1])
        assert target.exists() : "${registrySite.toPath().relativize(page.toPath())} links to missing ${match[1]}"
    }
}
// Search finds the products of both meshes.
def searchDocs = new File(registrySite, 'search').listFiles().findAll { it.name.startsWith('docs-') }*.text.join()
assert searchDocs.contains('sales.orders') && searchDocs.contains('finance.revenue-daily')

// The producer's next change, checked against the registry, names the consumer in the other repository.
assert log.contains('domains/sales/orders/order-lines.odcs.yaml:10:5: error [MESH-BREAK-001] '
        + 'sales.orders.order-lines v2.3.0 -> v2.4.0 removes property `order_lines.discount_code`; consumed by '
        + '`finance.revenue-daily` (repository it.federation.file:finance-mesh:1.0, domain finance, team finance-data)')

// The same removal as a new major version, the old port kept: a warning naming the consumer elsewhere, and the
// build passes.
def major = log.substring(log.lastIndexOf(':validate (default-cli) @ sales-mesh ---'))
assert major.contains('warning [MESH-BREAK-002] sales.orders.order-lines v2.3.0 -> v3.0.0 removes property '
        + '`order_lines.discount_code`; the old version stays on output port `order-lines v2.3.0` for '
        + '`finance.revenue-daily` (repository it.federation.file:finance-mesh:1.0, domain finance, team '
        + 'finance-data), who must move before it is removed')
assert !major.contains('[MESH-BREAK-001]')
assert major.indexOf('MESH-BREAK-002') < major.indexOf('BUILD SUCCESS')

// A missing, a corrupt and a newer catalog: one clear finding each, naming the artifact.
assert log.contains('error [MESH-FED-001] the catalog of mesh it.federation.file:missing-mesh:1.0 cannot be resolved: '
        + 'it.federation.file:missing-mesh:json:mesh-catalog:1.0 was not found; repositories tried: the local repository, ')
assert log =~ /mesh-repo \(file:[^)]*repository\)/
assert log.contains('error [MESH-FED-002] the catalog of mesh it.federation.file:corrupt-mesh:1.0 is not JSON')
assert log.contains('error [MESH-FED-002] the catalog of mesh it.federation.file:newer-mesh:1.0 has catalog format 99, '
        + 'newer than the format 3 this plugin reads')
assert log.count('[MESH-FED-') == 3
assert !(log =~ /\tat [a-z]+\.[a-z]+/) : 'a user error must not print a stack trace'
return true
