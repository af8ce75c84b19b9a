import groovy.json.JsonSlurper

def coverage = new GroovyClassLoader().parseClass(new File(itSupport, 'Coverage.groovy')).of(basedir)

// the covered runs recorded the child's code up to System.exit(7); that line and the closing
// brace never complete
assert coverage.lines('app/Noisy', 'main') == 5
assert coverage.missedLines('app/Noisy', 'main') == 2
// two covered children (the uncovered runs went through env -u JAVA_TOOL_OPTIONS)
def manifests = new File(basedir, 'target/subcov').listFiles().findAll { it.name.endsWith('.json') }
        .collect { new JsonSlurper().parse(it) }
assert manifests.count { it.command.endsWith('app.Noisy') } == 2
