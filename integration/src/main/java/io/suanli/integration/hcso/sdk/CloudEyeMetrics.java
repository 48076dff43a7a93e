package io.suanli.integration.hcso.sdk;

import com.huaweicloud.sdk.ces.v1.CesClient;
import com.huaweicloud.sdk.ces.v1.model.Datapoint;
import com.huaweicloud.sdk.ces.v1.model.ListMetricsRequest;
import com.huaweicloud.sdk.ces.v1.model.ShowMetricDataRequest;
import com.huaweicloud.sdk.ces.v1.model.ShowMetricDataResponse;
import com.huaweicloud.sdk.core.exception.SdkException;
import io.suanli.integration.hcso.CloudAccount;
import io.suanli.integration.hcso.MetricPoint;
import io.suanli.integration.hcso.MetricQuery;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Cloud Eye metric data through the CES SDK (v1 API): {@code GET /V1.0/{project_id}/metric-data} with
 * {@code namespace}, {@code metric_name}, {@code dim.0…dim.3} ({@code name,value}), {@code from}/{@code to}
 * (epoch milliseconds), {@code period} and {@code filter}; answers {@code datapoints[{timestamp, average|max|…,
 * unit}]}.
 */
final class CloudEyeMetrics {

    private final CloudAccount account;
    private final CesClient client;
    private final Retrier retrier;

    CloudEyeMetrics(CloudAccount account, CesClient client, Retrier retrier) {
        this.account = account;
        this.client = client;
        this.retrier = retrier;
    }

    List<MetricPoint> series(MetricQuery query) {
        String operation = "read metric " + query.namespace() + "/" + query.metricName() + " " + query.dimensions();
        ShowMetricDataRequest request = new ShowMetricDataRequest()
                .withNamespace(query.namespace())
                .withMetricName(query.metricName())
                .withFrom(query.from().toEpochMilli())
                .withTo(query.to().toEpochMilli())
                .withPeriod(query.periodSeconds())
                .withFilter(ShowMetricDataRequest.FilterEnum.fromValue(query.aggregation().name().toLowerCase()));
        int i = 0;
        for (Map.Entry<String, String> dimension : query.dimensions().entrySet()) {
            String value = dimension.getKey() + "," + dimension.getValue();
            switch (i++) {
                case 0 -> request.setDim0(value);
                case 1 -> request.setDim1(value);
                case 2 -> request.setDim2(value);
                default -> request.setDim3(value);
            }
        }
        ShowMetricDataResponse response = retrier.run(operation, () -> call(operation,
                () -> client.showMetricData(request)));
        List<MetricPoint> points = new ArrayList<>();
        if (response.getDatapoints() != null) {
            for (Datapoint point : response.getDatapoints()) {
                Double value = value(point, query.aggregation());
                if (point.getTimestamp() != null && value != null) {
                    points.add(new MetricPoint(Instant.ofEpochMilli(point.getTimestamp()), value, point.getUnit()));
                }
            }
        }
        points.sort(Comparator.comparing(MetricPoint::at));
        return points;
    }

    /** A one-item metric list: proves the account reaches Cloud Eye. */
    void probe() {
        String operation = "list metrics";
        retrier.run(operation, () -> call(operation, () -> client.listMetrics(new ListMetricsRequest().withLimit(1))));
    }

    private static Double value(Datapoint point, MetricQuery.Aggregation aggregation) {
        return switch (aggregation) {
            case AVERAGE -> point.getAverage();
            case MAX -> point.getMax();
            case MIN -> point.getMin();
            case SUM -> point.getSum();
            case VARIANCE -> point.getVariance();
        };
    }

    private <T> T call(String operation, Supplier<T> call) {
        long started = System.nanoTime();
        CallLog.clearLastAnswer();
        try {
            T answer = call.get();
            CallLog.done(account, operation, null, started);
            return answer;
        } catch (SdkException e) {
            throw SdkErrors.fromSdk(account, operation, e);
        }
    }
}
