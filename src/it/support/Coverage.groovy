// Reads a subcov XML report (JaCoCo's schema) for the ITs' verify scripts:
//   def coverage = new GroovyShell().parse(new File(itSupport, 'Coverage.groovy')).with { it.load(basedir) ; it }
import groovy.xml.XmlSlurper

class Coverage {
    def report

    static Coverage of(File projectDir) {
        of(projectDir, 'target/site/subcov')
    }

    /** The report in another output directory, e.g. of(dir, 'target/site/subcov-3.8.7'). */
    static Coverage of(File projectDir, String outputDirectory) {
        File xml = new File(projectDir, "$outputDirectory/subcov.xml")
        assert xml.isFile(): "no report at $xml"
        def slurper = new XmlSlurper(false, false, true)
        slurper.setFeature('http://apache.org/xml/features/nonvalidating/load-external-dtd', false)
        new Coverage(report: slurper.parse(xml))
    }

    /** The report of one module of the whole build's report, e.g. inGroup('app'), or of its multi-release variant. */
    Coverage inGroup(String name) {
        def group = report.'**'.find { it.name() == 'group' && it.@name == name }
        assert group != null && group.size() > 0: "no group $name in the report"
        new Coverage(report: group)
    }

    /** Covered lines of one method, e.g. lines('app/Worker', 'viaPipeline'). */
    int lines(String className, String methodName) {
        counter(method(className, methodName), 'LINE', 'covered')
    }

    int missedLines(String className, String methodName) {
        counter(method(className, methodName), 'LINE', 'missed')
    }

    /** Covered branches of one method: both ways of an if count two. */
    int branches(String className, String methodName) {
        counter(method(className, methodName), 'BRANCH', 'covered')
    }

    int missedBranches(String className, String methodName) {
        counter(method(className, methodName), 'BRANCH', 'missed')
    }

    int totalCoveredLines() {
        counter(report, 'LINE', 'covered')
    }

    private def method(String className, String methodName) {
        def cls = report.'**'.find { it.name() == 'class' && it.@name == className }
        assert cls != null && cls.size() > 0: "class $className not in report"
        def m = cls.method.find { it.@name == methodName }
        assert m != null && m.size() > 0: "method $className.$methodName not in report"
        m
    }

    private static int counter(node, String type, String attribute) {
        def c = node.counter.find { it.@type == type }
        c.size() == 0 ? 0 : c."@$attribute".toInteger()
    }
}
