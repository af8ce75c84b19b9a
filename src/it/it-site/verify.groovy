// the site's report, not report's as a goal: the goals were subcov:prepare verify site
def coverage = new GroovyClassLoader().parseClass(new File(itSupport, 'Coverage.groovy')).of(basedir)

// the test JVM greeted, the child it started shouted; nobody whispered
assert coverage.lines('app/Greeter', 'greet') == 1
assert coverage.lines('app/Greeter', 'main') == 2
assert coverage.lines('app/Greeter', 'shout') == 2
assert coverage.lines('app/Greeter', 'whisper') == 0

def site = new File(basedir, 'target/site')
def report = new File(site, 'subcov')
['index.html', 'subcov.csv', 'processes.html', 'processes.json'].each {
    assert new File(report, it).isFile(): "no $it in $report"
}
// the process view, one click from the report's index
assert new File(report, 'index.html').text.contains('href="processes.html"')
def processes = new groovy.json.JsonSlurper().parse(new File(report, 'processes.json')).processes
assert processes.size() == 2
def child = processes.find { it.parent != null }
assert child.main == 'app.Greeter' && child.uniqueLinesCovered == 4: child

// the site's menu lists it under Project Reports, on every page of the site
def menu = new File(site, 'project-reports.html').text
assert menu =~ /(?s)Project Reports.*<a href="subcov\/index.html">subcov<\/a>/

def log = new File(basedir, 'build.log').text
assert log.contains('Generating "subcov" report')
assert log.contains('subcov: 2 JVMs (1 test JVM, 1 spawned)')
assert log.contains('subcov: report in ' + new File(report, 'index.html'))
