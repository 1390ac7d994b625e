// The same removal as a new major version, with the old version's port kept: a warning that names who must move.
def log = new File(basedir, 'build.log').text

assert log.contains('BUILD SUCCESS')
assert log.contains('warning [MESH-BREAK-002] sales.orders.order-lines v2.3.0 -> v3.0.0 removes property '
        + '`order_lines.discount_code`; the old version stays on output port `order-lines v2.3.0` for '
        + '`finance.revenue-daily` (domain finance, team finance-data) and `marketing.basket-analysis` '
        + '(domain marketing, team growth), who must move before it is removed')
assert !log.contains('[MESH-BREAK-001]')
return true
