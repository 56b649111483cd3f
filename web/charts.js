// Stance charts: reads a JSON data island and draws a line chart with ECharts; clicking a point opens its evidence.
(function () {
  'use strict';
  var DAY_MS = 24 * 3600 * 1000;
  function draw(el) {
    var island = document.getElementById(el.getAttribute('data-source'));
    if (!island || typeof echarts === 'undefined') return;
    var data = JSON.parse(island.textContent);
    if (data.kind === 'bars') return drawBars(el, data);
    var chart = echarts.init(el, null, { renderer: 'canvas' });
    chart.setOption({
      animation: false,
      tooltip: { trigger: 'item', renderMode: 'richText', formatter: function (p) {
        return p.seriesName + ' · ' + p.data.period + ': ' + p.data.value[1].toFixed(1) + ' (weight ' + p.data.weight.toFixed(1) + ')';
      } },
      legend: { top: 0 },
      grid: { left: 56, right: 24, top: 40, bottom: 40 },
      // A time axis, so weeks without evidence show as gaps in time rather than being squeezed out.
      xAxis: { type: 'time', minInterval: DAY_MS, min: function (v) { return v.min - 4 * DAY_MS; }, max: function (v) { return v.max + 4 * DAY_MS; } },
      yAxis: { type: 'value', min: -10, max: 10, name: 'conflict (−10) … cooperation (+10)', nameLocation: 'middle', nameGap: 32 },
      series: data.series.map(function (s) {
        return {
          name: s.name, type: 'line', symbolSize: 10,
          data: s.points.filter(function (p) { return p.score !== null; }).map(function (p) {
            return { value: [Date.parse(p.start + 'T00:00:00Z'), p.score], period: p.period, weight: p.weight };
          }),
          markLine: { silent: true, symbol: 'none', label: { show: false }, data: [{ yAxis: 0 }], lineStyle: { color: '#999', type: 'dashed' } }
        };
      })
    });
    el.setAttribute('data-rendered', 'true');
    if (el.getAttribute('data-evidence') === 'true') {
      chart.on('click', function (params) {
        var box = params.data && document.getElementById('p-' + params.data.period);
        if (!box) return;
        document.querySelectorAll('details.period[open]').forEach(function (d) { d.open = false; });
        box.open = true;
        box.scrollIntoView({ block: 'start' });
      });
    }
    window.addEventListener('resize', function () { chart.resize(); });
  }
  function drawBars(el, data) {
    var chart = echarts.init(el, null, { renderer: 'canvas' });
    chart.setOption({
      animation: false,
      tooltip: { trigger: 'axis', renderMode: 'richText' },
      grid: { left: 40, right: 16, top: 16, bottom: 28 },
      xAxis: { type: 'category', data: data.labels },
      yAxis: { type: 'value', minInterval: 1 },
      series: [{ name: data.title, type: 'bar', data: data.values, itemStyle: { color: '#b8860b' }, barMaxWidth: 36 }]
    });
    el.setAttribute('data-rendered', 'true');
    window.addEventListener('resize', function () { chart.resize(); });
  }
  document.addEventListener('DOMContentLoaded', function () {
    document.querySelectorAll('.chart[data-source]').forEach(draw);
  });
})();
