// Each added piece validates: the consumer's dependency on the first product shows, with zero findings.
def mesh = new File(basedir, 'mesh')
def log = new File(basedir, 'build.log').text + (new File(mesh, 'build.log').exists() ? new File(mesh, 'build.log').text : '')

['teams/finance-team.yaml', 'domains/finance/domain.yaml', 'domains/finance/revenue/revenue.odps.yaml',
 'domains/finance/revenue/revenue.odcs.yaml', 'domains/sales/orders/order-lines.odcs.yaml']
        .each { assert new File(mesh, it).isFile() : "missing $it" }
def consumer = new File(mesh, 'domains/finance/revenue/revenue.odps.yaml').text
assert consumer.contains('inputPorts:\n  - name: orders\n    version: 0.1.0\n    contractId: sales.orders.orders\n')
assert new File(mesh, 'domains/sales/orders/orders.odps.yaml').text.contains('contractId: sales.orders.order-lines')

def imported = new File(mesh, 'domains/finance/revenue/customers.odcs.yaml').text
assert imported.contains('id: finance.revenue.customers') && imported.contains('description: Where receipts are sent')
assert new File(mesh, 'domains/finance/revenue/revenue.odps.yaml').text.contains('contractId: finance.revenue.customers')

assert log.contains('Mesh: 2 domains, 2 products, 4 contracts, 2 teams, 1 dependency (1 across domains)')
assert log.contains('Findings: 0 errors, 0 warnings')
assert log.contains('The mesh passed validation.')
assert !log.contains('BUILD FAILURE')
return true
