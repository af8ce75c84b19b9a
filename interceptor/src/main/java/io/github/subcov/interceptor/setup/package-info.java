/**
 * What the build uses to set covered JVMs up, before any of them starts: it runs in Maven's JVM
 * (and in the interceptor's own tests, which start JVMs as the build does), never in a covered
 * JVM, and so stays out of the agent's packages.
 */
package io.github.subcov.interceptor.setup;
