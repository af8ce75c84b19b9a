package io.github.subcov.report.processes;

import io.github.subcov.report.combine.ProcessRecord;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * The console's word on the JVMs that a process filter kept from being covered: one line per
 * filter, naming each main class or jar with how many JVMs ran it, the most frequent first, such
 * as {@code subcov: 2 JVMs skipped by subcov.processExcludes: app.Worker (2)}.
 */
public final class SkippedJvms {

    static final String LINE = "subcov: %d %s skipped by %s: %s";
    static final String UNKNOWN_MAIN = "(main class unknown)";
    /** Names shown per line; a build that skips hundreds of kinds of JVM gets a count of the rest. */
    static final int NAMES_SHOWN = 10;

    private SkippedJvms() {
    }

    /** The lines for {@code skipped}, JVMs whose manifest names the filter that skipped them; none for none. */
    public static List<String> lines(List<ProcessRecord> skipped) {
        // filter, then name, then count; a tree for a fixed order of filters
        Map<String, Map<String, Integer>> byFilter = new TreeMap<String, Map<String, Integer>>();
        for (ProcessRecord process : skipped) {
            String main = process.manifest().main();
            Map<String, Integer> counts = byFilter.get(process.manifest().skippedBy());
            if (counts == null) {
                counts = new TreeMap<String, Integer>();
                byFilter.put(process.manifest().skippedBy(), counts);
            }
            counts.merge(main == null ? UNKNOWN_MAIN : main, 1, Integer::sum);
        }
        List<String> lines = new ArrayList<String>();
        for (Map.Entry<String, Map<String, Integer>> filter : byFilter.entrySet()) {
            lines.add(line(filter.getKey(), filter.getValue()));
        }
        return Collections.unmodifiableList(lines);
    }

    private static String line(String filter, Map<String, Integer> counts) {
        List<Map.Entry<String, Integer>> names = new ArrayList<Map.Entry<String, Integer>>(counts.entrySet());
        // most frequent first; the tree gave names in order, and the sort keeps it among equals
        names.sort(Comparator.comparing((Map.Entry<String, Integer> name) -> name.getValue()).reversed());
        StringBuilder shown = new StringBuilder();
        int jvms = 0;
        for (int i = 0; i < names.size(); i++) {
            jvms += names.get(i).getValue();
            if (i < NAMES_SHOWN) {
                shown.append(i == 0 ? "" : ", ").append(names.get(i).getKey()).append(" (")
                        .append(names.get(i).getValue()).append(')');
            }
        }
        if (names.size() > NAMES_SHOWN) {
            shown.append(" and ").append(names.size() - NAMES_SHOWN).append(" more");
        }
        return String.format(Locale.ROOT, LINE, jvms, jvms == 1 ? "JVM" : "JVMs", filter, shown);
    }
}
