package io.peerlend.web.pages;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The front page: what Peerlend is, the way in, the loan calculator and the public disclosure. */
@Controller
class HomeController {

    @GetMapping("/")
    String home() {
        return "home";
    }
}
