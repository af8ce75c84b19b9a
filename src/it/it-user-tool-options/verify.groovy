def coverage = new GroovyClassLoader().parseClass(new File(itSupport, 'Coverage.groovy')).of(basedir)

assert coverage.lines('app/OptionsProbe', 'direct') == 2
assert coverage.lines('app/OptionsProbe', 'viaShell') == 2
assert coverage.lines('app/OptionsProbe', 'describe') == 1
def log = new File(basedir, 'build.log').text
assert log.contains('subcov: 3 JVMs (1 test JVM, 2 spawned)')
