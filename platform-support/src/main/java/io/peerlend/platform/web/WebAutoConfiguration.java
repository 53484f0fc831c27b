package io.peerlend.platform.web;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.context.annotation.Import;

@AutoConfiguration
@Import({ProblemDetailsAdvice.class, ProblemWording.class, ApiDescription.class})
public class WebAutoConfiguration {}
