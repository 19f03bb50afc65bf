// @vitest-environment jsdom
import { describe, expect, it, vi } from 'vitest';
import type { StepCommand } from '../scrolly/step-machine';
import { interceptParagraphLinks, listenForSwipes } from './gestures';

function touchEvent(type: string, x: number, y: number, timeStamp: number, target: EventTarget = document.body) {
  const event = new Event(type, { bubbles: true });
  const points = [{ clientX: x, clientY: y }];
  Object.defineProperties(event, {
    touches: { value: type === 'touchend' ? [] : points },
    changedTouches: { value: points },
    timeStamp: { value: timeStamp }
  });
  target.dispatchEvent(event);
}

describe('listenForSwipes', () => {
  it('turns a quick leftward flick into "next", ignores flicks that start on the map, and stops when told', () => {
    const commands: StepCommand[] = [];
    const stop = listenForSwipes(window, (command) => commands.push(command));
    touchEvent('touchstart', 300, 200, 0);
    touchEvent('touchend', 150, 210, 200);
    const map = document.createElement('div');
    map.className = 'maplibregl-map';
    document.body.append(map);
    touchEvent('touchstart', 300, 200, 1000, map);
    touchEvent('touchend', 100, 200, 1100, map);
    stop();
    touchEvent('touchstart', 300, 200, 2000);
    touchEvent('touchend', 100, 200, 2100);
    expect(commands).toEqual([{ type: 'next' }]);
  });
});

describe('interceptParagraphLinks', () => {
  it('hands in-page links to the callback and leaves other links alone', () => {
    const node = document.createElement('div');
    node.innerHTML = '<a href="#p2">¶ 2</a><a href="https://example.org/">out</a>';
    const onparagraph = vi.fn();
    const detach = interceptParagraphLinks(onparagraph)(node);
    const [inPage, outside] = node.querySelectorAll('a');
    const click = (a: Element) => {
      const event = new MouseEvent('click', { bubbles: true, cancelable: true });
      a.dispatchEvent(event);
      return event.defaultPrevented;
    };
    expect(click(inPage!)).toBe(true);
    expect(click(outside!)).toBe(false);
    expect(onparagraph).toHaveBeenCalledExactlyOnceWith('p2');
    detach();
  });
});
