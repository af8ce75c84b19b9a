package io.github.subcov.report.check;

import io.github.subcov.interceptor.launch.JvmProgram;
import io.github.subcov.interceptor.launch.ProcessFilter;
import io.github.subcov.report.combine.CombinedData;
import io.github.subcov.report.combine.ProcessRecord;
import java.util.ArrayList;
import java.util.List;

/**
 * The rules only subcov can check, about the JVMs of the build rather than about the code: that
 * every covered JVM recorded data, and that a JVM of each pattern ran at all. A pattern matches as
 * {@code subcov.processIncludes} does ({@link ProcessFilter}): the main class, the jar's file name or
 * the command line, with {@code *} and {@code ?}. A JVM that a process filter kept from being
 * covered still ran.
 */
final class ProcessRules {

    static final String NO_DATA = "Rule violated for process %s: every JVM must record data, but it recorded nothing"
            + " (%s): %s";
    static final String NOT_RAN = "Rule violated for JVMs matching %s: one must run, but none of the %d JVMs did";

    private ProcessRules() {
    }

    /** One violation per covered process that recorded nothing. */
    static List<String> everyJvmRecorded(CombinedData data) {
        List<String> violations = new ArrayList<String>();
        for (ProcessRecord process : data.processes()) {
            if (!process.hasData()) {
                violations.add(String.format(NO_DATA, process.id(), process.noDataReason(), process.command()));
            }
        }
        return violations;
    }

    /** One violation per pattern that no JVM, covered or skipped, matches. */
    static List<String> jvmsRan(CombinedData data, List<String> patterns) {
        List<ProcessRecord> all = new ArrayList<ProcessRecord>(data.processes());
        all.addAll(data.skippedProcesses());
        return jvmsRan(all, patterns);
    }

    /** The same among these processes: none at all when no JVM recorded anything. */
    static List<String> jvmsRan(List<ProcessRecord> all, List<String> patterns) {
        List<String> violations = new ArrayList<String>();
        for (String pattern : patterns) {
            if (!anyMatches(pattern, all)) {
                violations.add(String.format(NOT_RAN, pattern, all.size()));
            }
        }
        return violations;
    }

    private static boolean anyMatches(String pattern, List<ProcessRecord> processes) {
        ProcessFilter filter = ProcessFilter.of(pattern, null);
        for (ProcessRecord process : processes) {
            String main = process.manifest() == null ? null : process.manifest().main();
            if (filter.includes(JvmProgram.recorded(main, process.command()))) {
                return true;
            }
        }
        return false;
    }
}
