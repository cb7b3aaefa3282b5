import { configuratorReducer, initialConfiguratorState } from './configurator-state';

describe('the widget configurator state', () => {
  it('puts the picked objects’ ids in the widget’s search, keeping the other choices', () => {
    const withAction = configuratorReducer(initialConfiguratorState, { type: 'set', patch: { actions: ['REPAIR'] } });
    const state = configuratorReducer(withAction, {
      type: 'objects',
      objects: [
        { id: 'velo', label: 'Vélo' },
        { id: 'meuble', label: 'Meuble' },
      ],
    });
    expect(state.config).toMatchObject({ actions: ['REPAIR'], objects: ['velo', 'meuble'] });
    expect(state.objects.map((o) => o.label)).toEqual(['Vélo', 'Meuble']);
    expect(initialConfiguratorState.config.actions).toEqual([]);
  });
});
