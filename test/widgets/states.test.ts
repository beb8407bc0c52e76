// The shared state suite (test/support/state-suite.ts), run for every element.
import '../../widgets/countdown/countdown.js';
import '../../widgets/events/events.js';
import '../../widgets/lab-map/lab-map.js';
import '../../widgets/story-card/story-card.js';
import { runStateSuite } from '../support/state-suite.js';

runStateSuite('sx-events', { empty: '没有符合条件的活动', partial: '大同市的活动暂时无法加载' });
runStateSuite('sx-countdown', { attributes: { variant: 'card' } });
runStateSuite('sx-story-card', { empty: '暂时还没有可以展示的故事', partial: '大同市' });
runStateSuite('sx-lab-map', {
  empty: '没有符合条件的开放单位',
  partial: '大同市的开放单位暂时无法加载',
});
