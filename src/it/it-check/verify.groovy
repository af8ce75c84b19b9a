def coverage = new GroovyClassLoader().parseClass(new File(itSupport, 'Coverage.groovy')).of(basedir)
def log = new File(basedir, 'build.log').text
def errors = log.readLines().findAll { it.startsWith('[ERROR] subcov: Rule violated') }

// the class rule: the ratio the XML report gives app.Worker (main and greet ran in the child JVM)
def covered = coverage.lines('app/Worker', 'main') + coverage.lines('app/Worker', 'greet')
def missed = coverage.missedLines('app/Worker', 'neverCalled')
assert covered == 3 && missed == 3
def ratio = String.format(Locale.ROOT, '%.2f', covered / (covered + missed))
assert ratio == '0.50'
assert errors[0] == "[ERROR] subcov: Rule violated for class app.Worker: lines covered ratio is $ratio, but expected minimum is 1.00"

// the process rule: no JVM ran app.Server; the test JVM and its child did run
assert errors[1] == '[ERROR] subcov: Rule violated for JVMs matching app.Server: one must run, but none of the 2 JVMs did'

// the met rules printed nothing: not the bundle, not app.Worker's JVM
assert errors.size() == 2
assert !log.contains('for bundle') && !log.contains('matching app.Worker')

// one failure, counting the rules
assert log.contains('BUILD FAILURE')
def failures = log.readLines().findAll { it.startsWith('[ERROR] Failed to execute goal') }
assert failures.size() == 1
assert failures[0].contains(':check (default-cli) on project check: subcov: 2 of 4 rules violated (2 violations, listed above).')
