// Relations graph: actors as nodes, events as directed links coloured from red (conflict) to green (cooperation).
(function () {
  'use strict';
  function colour(score) {
    var t = Math.max(-1, Math.min(1, score / 10));
    if (t < 0) return 'rgb(' + Math.round(127 + 65 * -t) + ',' + Math.round(140 - 83 * -t) + ',' + Math.round(141 - 98 * -t) + ')';
    return 'rgb(' + Math.round(127 - 97 * t) + ',' + Math.round(140 - 8 * t) + ',' + Math.round(141 - 68 * t) + ')';
  }
  document.addEventListener('DOMContentLoaded', function () {
    var el = document.getElementById('relations-graph');
    if (!el || typeof echarts === 'undefined') return;
    var data = JSON.parse(document.getElementById(el.getAttribute('data-source')).textContent);
    var max = data.nodes.reduce(function (m, n) { return Math.max(m, n.events); }, 1);
    var chart = echarts.init(el, null, { renderer: 'canvas' });
    chart.setOption({
      animation: false,
      tooltip: { renderMode: 'richText' },
      series: [{
        type: 'graph', layout: 'circular', circular: { rotateLabel: true }, roam: true,
        top: 120, bottom: 110, left: 170, right: 170,
        labelLayout: { hideOverlap: true },
        edgeSymbol: ['none', 'arrow'], edgeSymbolSize: 8,
        label: { show: true, position: 'right', fontSize: 11 },
        data: data.nodes.map(function (n) {
          return { id: n.id, name: n.name, value: n.events, symbolSize: 12 + 28 * Math.sqrt(n.events / max) };
        }),
        links: data.links.map(function (l) {
          return {
            source: l.source, target: l.target, value: l.score,
            lineStyle: { color: colour(l.score), width: 1 + Math.min(6, l.events), curveness: 0.15, opacity: 0.85 }
          };
        })
      }]
    });
    chart.on('click', function (p) {
      if (p.dataType === 'node') window.location.href = '/actors/' + encodeURIComponent(p.data.id);
    });
    el.setAttribute('data-rendered', 'true');
    window.addEventListener('resize', function () { chart.resize(); });
  });
})();
