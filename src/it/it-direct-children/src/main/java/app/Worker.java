package app;

import java.io.BufferedReader;
import java.io.InputStreamReader;

/** A child program: each way of starting it runs its own method, so the report tells them apart. */
public final class Worker {

    private Worker() {
    }

    public static void main(String[] args) throws Exception {
        switch (args[0]) {
            case "java-home": viaJavaHome(); break;
            case "path": viaPath(); break;
            case "jar": viaJar(); break;
            case "argfile": viaArgFile(); break;
            case "exec-array": viaExecArray(); break;
            case "exec-string": viaExecString(); break;
            case "source": pipelineSource(); break;
            case "filter": pipelineFilter(); break;
            case "sink": pipelineSink(); break;
            default: neverCalled();
        }
    }

    static void viaJavaHome() {
        System.out.println("java-home");
    }

    static void viaPath() {
        System.out.println("path");
    }

    static void viaJar() {
        System.out.println("jar");
    }

    static void viaArgFile() {
        System.out.println("argfile");
    }

    static void viaExecArray() {
        System.out.println("exec-array");
    }

    static void viaExecString() {
        System.out.println("exec-string");
    }

    static void pipelineSource() {
        System.out.println("one");
        System.out.println("two");
    }

    static void pipelineFilter() throws Exception {
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in));
        for (String line = in.readLine(); line != null; line = in.readLine()) {
            System.out.println(line.toUpperCase());
        }
    }

    static void pipelineSink() throws Exception {
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in));
        int count = 0;
        while (in.readLine() != null) {
            count++;
        }
        System.out.println("lines " + count);
    }

    static void neverCalled() {
        System.out.println("never");
    }
}
