// Compared with HEAD~1, the commit removes a property two products read: the build fails and names them.
def log = new File(basedir, 'build.log').text

assert log.contains('BUILD FAILURE')
assert log.contains('domains/sales/orders/order-lines.odcs.yaml:10:5: error [MESH-BREAK-001] '
        + 'sales.orders.order-lines v2.3.0 -> v2.4.0 removes property `order_lines.discount_code`; consumed by '
        + '`finance.revenue-daily` (domain finance, team finance-data) and `marketing.basket-analysis` '
        + '(domain marketing, team growth)')
assert !(log =~ /\tat [a-z]+\.[a-z]+/) : 'a user error must not print a stack trace'
return true
