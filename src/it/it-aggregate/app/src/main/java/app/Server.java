package app;

public final class Server {
    public static void main(String[] args) {
        int result = Calc.scale(Integer.parseInt(args[0]), 3);
        System.out.println("served " + result + " on " + Platform.name());
    }
}
