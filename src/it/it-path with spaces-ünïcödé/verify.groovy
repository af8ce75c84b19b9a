def coverage = new GroovyClassLoader().parseClass(new File(itSupport, 'Coverage.groovy')).of(basedir)

assert basedir.name == 'it-path with spaces-ünïcödé'
assert coverage.lines('app/Résumé', 'title') == 1
assert coverage.lines('app/Résumé', 'direct') == 1
assert coverage.lines('app/Résumé', 'shell') == 1
def log = new File(basedir, 'build.log').text
assert log.contains('subcov: 3 JVMs (1 test JVM, 2 spawned)')
