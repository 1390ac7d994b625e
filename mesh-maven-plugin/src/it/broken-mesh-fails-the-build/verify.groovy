// A real Maven build of a broken mesh fails, naming each broken file, line, column and rule, without a stack trace.
def log = new File(basedir, 'build.log').text

assert log.contains('BUILD FAILURE')
assert log =~ /The mesh has \d+ errors \(failOn=error\)/
assert log.contains('[ERROR]   domains/beta/b1/syntax.odcs.yaml:6:4: error [MESH-YAML-001] YAML syntax error')
assert log.contains('domains/alpha/a2/a2.odps.yaml:11:17: error [MESH-REF-001]')
assert log.contains('domains/beta/b1/b1.odps.yaml:16:17: error [MESH-REF-002]')
assert log.contains('error [MESH-GRAPH-001] dependency cycle: alpha.a1 -> beta.b1 -> alpha.a1')
assert log.contains('fix: ')
assert !(log =~ /\tat [a-z]+\.[a-z]+/) : 'a user error must not print a stack trace'
return true
