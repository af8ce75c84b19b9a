package io.github.subcov.report.processes;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Orders processes as a tree: each one followed by the processes it started, one level deeper. */
public final class ProcessTree {

    /** A process and how deep in the tree it sits; 0 for a test JVM or an orphan. */
    public static final class Node {
        private final ProcessCoverage process;
        private final int depth;

        Node(ProcessCoverage process, int depth) {
            this.process = process;
            this.depth = depth;
        }

        /** The process, with what it covered. */
        public ProcessCoverage process() {
            return process;
        }

        /** 0 for a process at the top, 1 for one it started, and so on. */
        public int depth() {
            return depth;
        }
    }

    private final Map<String, List<ProcessCoverage>> children = new HashMap<String, List<ProcessCoverage>>();
    private final Set<String> visited = new HashSet<String>();
    private final List<Node> nodes = new ArrayList<Node>();

    private ProcessTree() {
    }

    /**
     * Depth-first, siblings in the given order. A process whose parent left no data is shown at
     * the top, and so is every process of a parent cycle, which only broken manifests make.
     */
    public static List<Node> depthFirst(List<ProcessCoverage> processes) {
        ProcessTree tree = new ProcessTree();
        Set<String> ids = new HashSet<String>();
        for (ProcessCoverage process : processes) {
            ids.add(process.process().id());
        }
        for (ProcessCoverage process : processes) {
            String parent = process.process().parentId();
            if (parent != null && ids.contains(parent) && !parent.equals(process.process().id())) {
                tree.childrenOf(parent).add(process);
            }
        }
        for (ProcessCoverage process : processes) {
            String parent = process.process().parentId();
            if (parent == null || !ids.contains(parent)) {
                tree.visit(process, 0);
            }
        }
        for (ProcessCoverage process : processes) {
            tree.visit(process, 0);
        }
        return tree.nodes;
    }

    private List<ProcessCoverage> childrenOf(String id) {
        List<ProcessCoverage> list = children.get(id);
        if (list == null) {
            list = new ArrayList<ProcessCoverage>();
            children.put(id, list);
        }
        return list;
    }

    private void visit(ProcessCoverage process, int depth) {
        if (!visited.add(process.process().id())) {
            return;
        }
        nodes.add(new Node(process, depth));
        List<ProcessCoverage> started = children.get(process.process().id());
        if (started != null) {
            for (ProcessCoverage child : started) {
                visit(child, depth + 1);
            }
        }
    }
}
