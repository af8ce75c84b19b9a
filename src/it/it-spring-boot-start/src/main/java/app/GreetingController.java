package app;

import jakarta.annotation.PreDestroy;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
public class GreetingController {

    @GetMapping("/greet")
    public String greet(@RequestParam(defaultValue = "") String name) {
        if (name.isEmpty()) {
            return "Hello, stranger";
        }
        return "Hello, " + name;
    }

    /** Runs while spring-boot:stop closes the context, before it returns. */
    @PreDestroy
    public void closing() {
        String words = "greeter closing";
        System.out.println(words);
    }

    public String neverCalled() {
        String words = "never";
        return words;
    }
}
