package stamp;

/** A build's stamp: the artifact, and a label when one is given. */
final class Stamp {

    private Stamp() {
    }

    static String of(String artifactId, String label) {
        if (label == null || label.isBlank()) {
            return artifactId;
        }
        return artifactId + " (" + label + ")";
    }
}
