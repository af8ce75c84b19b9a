def coverage = new GroovyClassLoader().parseClass(new File(itSupport, 'Coverage.groovy')).of(basedir)

assert coverage.lines('app/EnvReport', 'cleared') == 2
assert coverage.lines('app/EnvReport', 'execEmpty') == 2
assert coverage.lines('app/EnvReport', 'shell') == 2
def log = new File(basedir, 'build.log').text
assert log.contains('subcov: 4 JVMs (1 test JVM, 3 spawned)')
