import groovy.json.JsonSlurper

def Coverage = new GroovyClassLoader().parseClass(new File(itSupport, 'Coverage.groovy'))
def log = new File(basedir, 'build.log').text

// the last job built the same sources on the same JDK: the shards' class ids are its own
def report = Coverage.of(new File(basedir, 'ci/gather'))
// shard one's unit test greets "", its server JVM greets "shard"; shard two's test sums
assert report.lines('shop/Greeter', 'greet') == 3
assert report.lines('shop/Server', 'main') == 2
assert report.lines('shop/Counter', 'sum') == 4
assert report.totalCoveredLines() == 9
assert !log.contains('ran other bytes')
assert log.contains('subcov: 3 JVMs (2 test JVMs, 1 spawned) — lines 90.0% (test JVMs alone 60.0%)')

// every shard's processes, each shown relative to its own shard's root
def site = new File(basedir, 'ci/gather/target/site/subcov')
def processes = new JsonSlurper().parse(new File(site, 'processes.json')).processes
assert processes.size() == 3
def server = processes.find { it.main == 'shop.Server' }
assert server != null && server.linesCovered == 4
def pages = new File(site, 'processes').listFiles().collect { it.text }
assert pages.size() == 3
assert pages.any { it.contains(' -cp target/classes shop.Server shard') }
assert pages.every { !it.contains('/ci/shard-one/') && !it.contains('/ci/shard-two/') }
