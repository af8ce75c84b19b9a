def coverage = new GroovyClassLoader().parseClass(new File(itSupport, 'Coverage.groovy')).of(basedir)

// the child's own data survived beside the damaged files (the conflicting file is left out)
assert coverage.lines('app/Ledger', 'book') == 4
assert coverage.lines('app/Ledger', 'main') == 2

def log = new File(basedir, 'build.log').text
def warnings = log.readLines().findAll { it.startsWith('[WARNING] subcov:') }
['planted-truncated.exec', 'planted-random.exec', 'planted-version.exec', 'planted-unreadable.exec',
 'planted-conflict.exec', 'no-such-directory'].each { name ->
    assert warnings.count { it.contains(name) } >= 1: "no warning names $name"
}
assert warnings.any { it.contains('planted-empty') }: 'the empty file is reported as a process that recorded nothing'
assert log.contains('salvaged')
// test JVM + child + six planted: the random, wrong-version and directory entries are unreadable
assert log.contains('subcov: combined 8 files, 1 salvaged, 3 unreadable')
assert log.contains('BUILD SUCCESS')
