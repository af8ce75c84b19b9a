def support = new GroovyClassLoader().parseClass(new File(itSupport, 'Coverage.groovy'))
def one = support.of(new File(basedir, 'one'))
def two = support.of(new File(basedir, 'two'))

// the test JVMs are covered as ever; the JVM exec:exec started is not, as the hook could not go in
assert one.lines('one/Tool', 'fromTest') == 2
assert one.lines('one/Tool', 'fromExec') == 0
assert two.lines('two/Lib', 'twice') == 2
def log = new File(basedir, 'build.log').text
assert log.contains('tool run by exec:exec')
def warning = "subcov: JVMs that Maven itself starts in this build (exec:exec, spring-boot:start, antrun's java fork) are not covered"
// one warning for the build, not one per module, and it names the fix
assert log.count(warning) == 1
assert log.contains('Run Maven on a full JDK that allows agents: with the jdk.attach module, and without -XX:+DisableAttachMechanism')
assert log.contains('BUILD SUCCESS')
