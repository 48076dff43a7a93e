package io.suanli.web.console.view.system;

import io.suanli.core.system.application.JobExecutionView;
import io.suanli.core.system.application.JobService;
import io.suanli.core.system.application.JobView;
import io.suanli.core.shared.domain.SuanliException;
import io.suanli.web.console.view.common.ConsoleBean;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serial;
import java.io.Serializable;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * {@code /console/system/jobs.xhtml} (S7): the batch jobs with their schedules, the executions of the chosen job with
 * a progress bar that refreshes while one runs, start (with optional parameters), stop and restart.
 */
@Named
@ViewScoped
public class JobsBacking implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    @Inject
    transient JobService jobService;

    @Inject
    transient ConsoleBean console;

    private List<JobView> jobs;
    private String selected;
    private List<JobExecutionView> executions = List.of();
    private String parameters;

    @PostConstruct
    void load() {
        jobs = jobService.jobs();
        if (!jobs.isEmpty()) {
            selected = jobs.get(0).name();
        }
        refresh();
    }

    /** Reloads the jobs and the executions of the chosen job (the poll calls it while something runs). */
    public void refresh() {
        jobs = jobService.jobs();
        executions = selected == null ? List.of() : jobService.executions(selected, 20);
    }

    public void select(String job) {
        selected = job;
        parameters = null;
        refresh();
    }

    public void start() {
        Map<String, String> p;
        try {
            p = parse(parameters);
        } catch (SuanliException e) {
            console.act(() -> {
                throw e;
            }, null);
            return;
        }
        if (console.act(() -> jobService.start(selected, p), "jobs.started.msg")) {
            parameters = null;
        }
        refresh();
    }

    public void stop(long executionId) {
        console.act(() -> jobService.stop(executionId), "jobs.stopRequested");
        refresh();
    }

    public void restart(long executionId) {
        console.act(() -> jobService.restart(executionId), "jobs.restarted");
        refresh();
    }

    /** Whether anything shown is running (the page polls only then). */
    public boolean isAnyRunning() {
        return jobs.stream().anyMatch(JobView::running) || executions.stream().anyMatch(JobExecutionView::running);
    }

    public String parametersText(JobExecutionView e) {
        return e.parameters().entrySet().stream().map(x -> x.getKey() + "=" + x.getValue()).collect(Collectors.joining(", "));
    }

    /** {@code key=value} per line or separated by commas. */
    static Map<String, String> parse(String text) {
        Map<String, String> out = new LinkedHashMap<>();
        if (text == null || text.isBlank()) {
            return out;
        }
        for (String part : text.split("[,\\n]")) {
            if (part.isBlank()) {
                continue;
            }
            int eq = part.indexOf('=');
            if (eq <= 0) {
                throw new SuanliException("job.parameterInvalid", part.trim());
            }
            out.put(part.substring(0, eq).trim(), part.substring(eq + 1).trim());
        }
        return out;
    }

    public List<JobView> getJobs() {
        return jobs;
    }

    public String getSelected() {
        return selected;
    }

    public List<JobExecutionView> getExecutions() {
        return executions;
    }

    public String getParameters() {
        return parameters;
    }

    public void setParameters(String parameters) {
        this.parameters = parameters;
    }
}
