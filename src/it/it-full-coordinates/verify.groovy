def coverage = new GroovyClassLoader().parseClass(new File(itSupport, 'Coverage.groovy')).of(basedir)

assert coverage.lines('app/Clock', 'seconds') == 1
assert coverage.lines('app/Clock', 'minutes') == 1
assert coverage.lines('app/Clock', 'main') == 2
def log = new File(basedir, 'build.log').text
assert log.contains('subcov: 2 JVMs (1 test JVM, 1 spawned)')
