def coverage = new GroovyClassLoader().parseClass(new File(itSupport, 'Coverage.groovy')).of(basedir)

// the children's coverage is in the report as always
assert coverage.lines('app/Shard', 'even') == 1
assert coverage.lines('app/Shard', 'odd') == 1
assert coverage.lines('app/Shard', 'main') == 3

def report = new File(basedir, 'target/site/subcov')
assert new File(report, 'index.html').isFile()
assert new File(report, 'subcov.csv').isFile()
assert !new File(report, 'processes.html').exists()
assert !new File(report, 'index.html').text.contains('processes.html')
// processes.json names the processes still, without what each covered, which is the slow part
def processes = new groovy.json.JsonSlurper().parse(new File(report, 'processes.json'))
assert processes.processView == false
assert processes.processes.size() == 3
assert processes.processes.count { it.parent == null } == 1
assert processes.processes.every { it.ending == 'exit' && it.linesCovered == null && it.uniqueLinesCovered == null }
assert processes.processes.count { it.main == 'app.Shard' } == 2

def log = new File(basedir, 'build.log').text
assert log.readLines().any { it.contains('subcov: 3 JVMs (1 test JVM, 2 spawned) \u2014 lines') && !it.contains('alone') }
assert log.contains('combined 3 files, 0 salvaged, 0 unreadable')
