package dev.shareworthy;

import java.util.List;
import java.util.stream.Collectors;

/**
 * The one exception for content, configuration and template problems. It carries every problem a build
 * found, each naming its file and line, so a writer fixes them all in one pass.
 */
public class ShareworthyException extends RuntimeException {

  private final List<Problem> problems;

  public ShareworthyException(List<Problem> problems) {
    super(describe(problems));
    this.problems = List.copyOf(problems);
  }

  public ShareworthyException(Problem problem) {
    this(List.of(problem));
  }

  public ShareworthyException(Problem problem, Throwable cause) {
    super(describe(List.of(problem)), cause);
    this.problems = List.of(problem);
  }

  public static ShareworthyException of(String file, int line, String message) {
    return new ShareworthyException(new Problem(file, line, message));
  }

  public List<Problem> problems() {
    return problems;
  }

  private static String describe(List<Problem> problems) {
    if (problems.size() == 1) {
      return problems.get(0).toString();
    }
    return problems.size() + " problems:\n" + problems.stream().map(p -> "  " + p).collect(Collectors.joining("\n"));
  }
}
