// Stance charts: reads a JSON data island and draws a line chart with ECharts; clicking a point opens its evidence.
(function () {
  'use strict';
  function draw(el) {
    var island = document.getElementById(el.getAttribute('data-source'));
    if (!island || typeof echarts === 'undefined') return;
    var data = JSON.parse(island.textContent);
    if (data.kind === 'bars') return drawBars(el, data);
    var periods = [];
    data.series.forEach(function (s) {
      s.points.forEach(function (p) { if (periods.indexOf(p.period) < 0) periods.push(p.period); });
    });
    periods.sort();
    var chart = echarts.init(el, null, { renderer: 'canvas' });
    chart.setOption({
      animation: false,
      tooltip: { trigger: 'axis', renderMode: 'richText' },
      legend: { top: 0 },
      grid: { left: 56, right: 24, top: 40, bottom: 40 },
      xAxis: { type: 'category', data: periods },
      yAxis: { type: 'value', min: -10, max: 10, name: 'conflict (−10) … cooperation (+10)', nameLocation: 'middle', nameGap: 32 },
      series: data.series.map(function (s) {
        var byPeriod = {};
        s.points.forEach(function (p) { byPeriod[p.period] = p.score; });
        return {
          name: s.name, type: 'line', connectNulls: true, symbolSize: 10,
          data: periods.map(function (p) { return byPeriod[p] === undefined ? null : byPeriod[p]; }),
          markLine: { silent: true, symbol: 'none', label: { show: false }, data: [{ yAxis: 0 }], lineStyle: { color: '#999', type: 'dashed' } }
        };
      })
    });
    el.setAttribute('data-rendered', 'true');
    if (el.getAttribute('data-evidence') === 'true') {
      chart.on('click', function (params) {
        var box = document.getElementById('p-' + params.name);
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
