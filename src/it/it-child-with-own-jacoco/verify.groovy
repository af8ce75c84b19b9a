def coverage = new GroovyClassLoader().parseClass(new File(itSupport, 'Coverage.groovy')).of(basedir)

// every child wrote its own JaCoCo file: none aborted over a second JaCoCo agent
['own-command', 'own-tool-options', 'own-script'].each {
    assert new File(basedir, "target/${it}.exec").length() > 0: it
}
// subcov left the visible agents alone; the script's JVM got subcov's interceptor through
// JAVA_TOOL_OPTIONS, which recorded through the script's own JaCoCo agent
assert coverage.lines('app/SelfCovered', 'work') == 1
def data = new File(basedir, 'target/subcov').listFiles()
assert data.findAll { it.name.endsWith('.exec') }.size() == 2
def log = new File(basedir, 'build.log').text
assert log.contains('subcov: 2 JVMs (1 test JVM, 1 spawned)')
