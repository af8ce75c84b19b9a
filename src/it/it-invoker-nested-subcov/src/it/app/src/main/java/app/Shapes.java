package app;

/** Areas of shapes; run as a program, it prints the one its argument names. */
public final class Shapes {

    private Shapes() {
    }

    public static void main(String[] args) {
        switch (args[0]) {
            case "square" -> System.out.println("square " + square(2));
            case "triangle" -> System.out.println("triangle " + triangle(2, 3));
            default -> System.out.println("unknown " + args[0]);
        }
    }

    static int square(int side) {
        int area = side * side;
        return area;
    }

    static int triangle(int base, int height) {
        int doubled = base * height;
        return doubled / 2;
    }

    static int rectangle(int width, int height) {
        int area = width * height;
        return area;
    }
}
