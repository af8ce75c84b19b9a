package io.github.subcov.report.processes;

import io.github.subcov.report.combine.ProcessRecord;
import java.util.Collections;
import java.util.List;

/** What one process covered, in lines as JaCoCo counts them. */
public final class ProcessCoverage {

    /** One class a process covered lines of. */
    public static final class ClassLines {
        private final String name;
        private final int linesCovered;
        private final int uniqueLinesCovered;

        public ClassLines(String name, int linesCovered, int uniqueLinesCovered) {
            this.name = name;
            this.linesCovered = linesCovered;
            this.uniqueLinesCovered = uniqueLinesCovered;
        }

        /** The class's VM name, such as {@code app/Worker}. */
        public String name() {
            return name;
        }

        /** Lines of the class this process covered. */
        public int linesCovered() {
            return linesCovered;
        }

        /** Of those, the lines no other process covered. */
        public int uniqueLinesCovered() {
            return uniqueLinesCovered;
        }
    }

    private final ProcessRecord process;
    private final int linesCovered;
    private final int uniqueLinesCovered;
    private final List<ClassLines> classes;

    /** Line counts as {@link ProcessLines} worked them out, without the classes. */
    public ProcessCoverage(ProcessRecord process, int linesCovered, int uniqueLinesCovered) {
        this(process, linesCovered, uniqueLinesCovered, Collections.<ClassLines>emptyList());
    }

    /** Line counts as {@link ProcessLines} worked them out, in total and per class. */
    public ProcessCoverage(ProcessRecord process, int linesCovered, int uniqueLinesCovered, List<ClassLines> classes) {
        this.process = process;
        this.linesCovered = linesCovered;
        this.uniqueLinesCovered = uniqueLinesCovered;
        this.classes = Collections.unmodifiableList(classes);
    }

    /** The process as found in the data directory. */
    public ProcessRecord process() {
        return process;
    }

    /** Lines this process covered, whoever else covered them too. */
    public int linesCovered() {
        return linesCovered;
    }

    /** Lines this process covered that no other process did: what would be lost without it. */
    public int uniqueLinesCovered() {
        return uniqueLinesCovered;
    }

    /** The classes it covered lines of, by name. */
    public List<ClassLines> classes() {
        return classes;
    }
}
