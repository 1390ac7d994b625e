// The same removal as a new major version, with the old version's port kept: a warning that names who must move.
def log = new File(basedir, 'build.log').text

assert log.contains('BUILD SUCCESS')
assert log.contains('warning [MESH-BREAK-002] sales.orders.order-lines v2.3.0 -> v3.0.0 removes property '
        + '`order_lines.discount_code`; the old version stays on output port `order-lines v2.3.0` for '
        + '`finance.revenue-daily` (domain finance, team finance-data) and `marketing.basket-analysis` '
        + '(domain marketing, team growth), who must move before it is removed')
assert !log.contains('[MESH-BREAK-001]')

// The catalog shows the change since the baseline and in the last commit, and the kept port's deprecation.
def contract = new File(basedir, 'target/mesh-site/contracts/sales.orders.order-lines.html').text
assert contract.contains('Since baseline HEAD~1: v2.3.0 &rarr; v3.0.0')
assert contract.contains('Order lines 3.0.0 without the discount code; 2.3.0 kept until March')
assert contract.contains('<span class="badge impact-breaking">breaking</span> removes property <code>order_lines.discount_code</code>')
def product = new File(basedir, 'target/mesh-site/products/sales.orders.html').text
assert product.contains('Output port order-lines v2.3.0 is deprecated and goes away on 2027-03-31.')
return true
