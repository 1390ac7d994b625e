// A mesh started with mesh:init passes its own `mvn verify` with zero findings, and `mvn mesh:site` builds its catalog.
def mesh = new File(basedir, 'mesh')
def log = new File(basedir, 'build.log').text + (new File(mesh, 'build.log').exists() ? new File(mesh, 'build.log').text : '')

['pom.xml', 'mesh-rules.yaml', '.gitignore', '.github/workflows/mesh.yml', '.gitlab-ci.yml', 'teams/sales-team.yaml',
 'domains/sales/domain.yaml', 'domains/sales/orders/orders.odps.yaml', 'domains/sales/orders/orders.odcs.yaml',
 'domains/sales/orders/README.md'].each { assert new File(mesh, it).isFile() : "init did not write $it" }
assert new File(mesh, 'pom.xml').text.contains('<goal>validate</goal>')
assert new File(mesh, '.github/workflows/mesh.yml').text.contains('-Dmesh.baseline=origin/${{ github.base_ref }}')

assert log.contains('Findings: 0 errors, 0 warnings')
assert log.contains('The mesh passed validation.')
assert !log.contains('BUILD FAILURE')
['index.html', 'products/sales.orders.html', 'contracts/sales.orders.orders.html', 'teams/sales-team.html']
        .each { assert new File(mesh, "target/mesh-site/$it").isFile() : "the catalog lacks $it" }
return true
