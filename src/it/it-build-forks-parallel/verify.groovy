def Coverage = new GroovyClassLoader().parseClass(new File(itSupport, 'Coverage.groovy'))
def log = new File(basedir, 'build.log').text

// the two tools met: both JVMs ran at the same time, each started by its module's mojo
assert log.contains('alpha ran beside beta')
assert log.contains('beta ran beside alpha')
for (module in ['alpha', 'beta']) {
    def type = "app/${module.capitalize()}"
    def coverage = Coverage.of(new File(basedir, module))
    assert coverage.lines(type, 'work') == 3: module
    def manifests = new File(basedir, "$module/target/subcov").listFiles().findAll { it.name.endsWith('.json') }
    assert manifests.size() == 1: module
    assert manifests[0].text.contains("app.${module.capitalize()}"): module
}
