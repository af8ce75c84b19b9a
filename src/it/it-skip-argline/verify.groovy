def log = new File(basedir, 'build.log').text
// the parent, late and early have no argLine of their own; own keeps its -Dx=y
assert log.count('subcov: argLine set to the empty string') == 3
assert log.count('Skipping subcov: subcov.skip is true.') == 8
for (module in ['late', 'early', 'own']) {
    def report = new File(basedir, "$module/target/surefire-reports/TEST-app.ArgLineTest.xml")
    assert report.isFile(): "no tests ran in $module"
    def suite = new groovy.xml.XmlSlurper().parse(report)
    assert suite.@tests.toInteger() == 2 && suite.@failures.toInteger() == 0 && suite.@errors.toInteger() == 0: module
    // the test JVM got the user's options and nothing of subcov's
    assert suite.properties.property.find { it.@name == 'x' }.@value == 'y': module
    assert !new File(basedir, "$module/target/subcov").exists()
    assert !new File(basedir, "$module/target/site/subcov").exists()
}
assert log.contains('BUILD SUCCESS')
