package cellengine.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.AutoComplete;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code cellengine completion bash|zsh}: prints a shell completion script for every command and option. */
@Command(name = "completion", mixinStandardHelpOptions = true,
        description = {"Print a shell completion script. Load it with:",
                "  bash: source <(cellengine completion bash)",
                "  zsh:  autoload -U +X bashcompinit && bashcompinit && source <(cellengine completion zsh)"})
final class CompletionCommand implements Callable<Integer> {

    /** The shells the script works in; picocli's script serves zsh through {@code bashcompinit}. */
    enum Shell {
        /** GNU bash 4 or later. */
        BASH,
        /** zsh, through its bash completion emulation. */
        ZSH
    }

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "SHELL", defaultValue = "bash", description = "bash or zsh. Default: ${DEFAULT-VALUE}.")
    Shell shell;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        out.print(AutoComplete.bash(spec.root().name(), spec.root().commandLine()));
        out.flush();
        return ExitCodes.OK;
    }
}
