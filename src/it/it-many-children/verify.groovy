def coverage = new GroovyClassLoader().parseClass(new File(itSupport, 'Coverage.groovy')).of(basedir)

assert coverage.lines('app/Shard', 'even') == 1
assert coverage.lines('app/Shard', 'odd') == 1
assert coverage.lines('app/Shard', 'main') == 3
def files = new File(basedir, 'target/subcov').listFiles()
assert files.findAll { it.name.endsWith('.exec') && it.length() > 0 }.size() == 25
assert files.findAll { it.name.endsWith('.json') }.size() == 25
def log = new File(basedir, 'build.log').text
assert log.contains('subcov: 25 JVMs (1 test JVM, 24 spawned)')
assert log.contains('combined 25 files, 0 salvaged, 0 unreadable')
