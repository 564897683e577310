import { Suspense, lazy, useEffect, useMemo, useState } from 'react';
import { AppShell, Group, NavLink, Select, Stack, Text, Title } from '@mantine/core';
import { ROUTES, hashOf, routeFromHash, type RouteId } from './routes';
import { PlanContext, type PlanContextValue } from './plan-context';
import { call } from '../api/client';
import { preloadable, prefetchTasksScreen } from '../api/prefetch';
import type { PlanSummary } from '../../../shared/api/models';
import { ErrorAlert, Loading } from '../components/status';
import { OverviewScreen } from '../screens/OverviewScreen';
import { PlanMenu } from '../components/plans/PlanMenu';
import { RestoreWaitModal } from '../components/RestoreWait';
import { useNotificationSpace } from './notification-space';
import { ClerkNameModal } from '../components/ClerkNameModal';
import { needsClerkName } from '../../../shared/domain/clerk-name';

// The first screen comes with the page; the others' code loads when the clerk first opens them.
const screen = <K extends string>(load: () => Promise<Record<K, () => React.JSX.Element>>, name: K) =>
  lazy(() => load().then((m) => ({ default: m[name] })));

// Once the idle prefetch has brought its code, opening Nhiệm vụ does not suspend (api/prefetch.ts).
const loadTasksScreen = preloadable(() => import('../screens/TasksScreen'));

const SCREENS: Record<RouteId, React.ComponentType> = {
  overview: OverviewScreen,
  tasks: screen(loadTasksScreen, 'TasksScreen'),
  targets: screen(() => import('../screens/TargetsScreen'), 'TargetsScreen'),
  agencies: screen(() => import('../screens/AgenciesScreen'), 'AgenciesScreen'),
  reports: screen(() => import('../screens/ReportsScreen'), 'ReportsScreen'),
  documents: screen(() => import('../screens/DocumentsScreen'), 'DocumentsScreen'),
  settings: screen(() => import('../screens/SettingsScreen'), 'SettingsScreen'),
};

function useRoute(): RouteId {
  const [route, setRoute] = useState<RouteId>(() => routeFromHash(window.location.hash));
  useEffect(() => {
    const onChange = () => setRoute(routeFromHash(window.location.hash));
    window.addEventListener('hashchange', onChange);
    return () => window.removeEventListener('hashchange', onChange);
  }, []);
  return route;
}

function usePlans() {
  const [plans, setPlans] = useState<PlanSummary[] | null>(null);
  const [planId, setPlanId] = useState<number | null>(null);
  const [error, setError] = useState<string | null>(null);
  // Asked once at first start: no clerk's name stored yet.
  const [askName, setAskName] = useState(false);
  useEffect(() => {
    Promise.all([call('plans.list', {}), call('settings.get', {})])
      .then(([list, settings]) => {
        setPlans(list);
        setPlanId(settings.currentPlanId ?? list[0]?.id ?? null);
        setAskName(needsClerkName(settings.clerkName));
      })
      .catch((err: Error) => setError(err.message));
  }, []);
  const choosePlan = (id: number) => {
    if (plans?.some((p) => p.id === id)) setPlanId(id);
    // The list is read again: the plan may have just been created (components/plans/PlanMenu.tsx).
    call('plans.list', {})
      .then((list) => {
        setPlans(list);
        setPlanId(id);
      })
      .catch((err: Error) => setError(err.message));
    call('settings.update', { currentPlanId: id }).catch((err: Error) => setError(err.message));
  };
  return { plans, planId, error, choosePlan, askName, nameGiven: () => setAskName(false) };
}

export function App() {
  const route = useRoute();
  const { plans, planId, error, choosePlan, askName, nameGiven } = usePlans();
  const context = useMemo<PlanContextValue | null>(() => {
    const plan = plans?.find((p) => p.id === planId);
    return plans && plan ? { planId: plan.id, plan, plans, choosePlan } : null;
    // eslint-disable-next-line react-hooks/exhaustive-deps -- choosePlan does the same on every render; a new context for it would rerender every screen
  }, [plans, planId]);
  const Screen = SCREENS[route];
  // Nhiệm vụ, the clerk's working board, is made ready while idle: opening it finds code and data.
  const shownPlanId = context?.planId ?? null;
  useEffect(() => (shownPlanId === null ? undefined : prefetchTasksScreen(shownPlanId, loadTasksScreen)), [shownPlanId]);
  const notificationSpace = useNotificationSpace();

  return (
    <AppShell header={{ height: 60 }} navbar={{ width: 220, breakpoint: 0 }} padding="md">
      <AppShell.Header className="no-print">
        <Group h="100%" px="md" justify="space-between" wrap="nowrap">
          <Title order={3} c="indigo.8">
            Thường trực
          </Title>
          {context && (
            <Select
              aria-label="Kế hoạch đang làm việc"
              w={520}
              allowDeselect={false}
              data={context.plans.map((p) => ({ value: String(p.id), label: `${p.title} (${p.year})` }))}
              value={String(context.planId)}
              onChange={(v) => v && context.choosePlan(Number(v))}
            />
          )}
          {context && <PlanMenu plans={context.plans} planId={context.planId} choosePlan={context.choosePlan} />}
        </Group>
      </AppShell.Header>
      <AppShell.Navbar p="xs" className="no-print">
        <nav aria-label="Chức năng">
          <Stack gap={2}>
            {ROUTES.map((r) => (
              <NavLink
                key={r.id}
                href={hashOf(r.id)}
                label={r.label}
                active={r.id === route}
                aria-current={r.id === route ? 'page' : undefined}
              />
            ))}
          </Stack>
        </nav>
      </AppShell.Navbar>
      <AppShell.Main style={notificationSpace ? { paddingBottom: `calc(var(--app-shell-padding) + ${notificationSpace}px)` } : undefined}>
        {error && <ErrorAlert message={error} />}
        {!error && !plans && <Loading />}
        {plans && !context && <Text>Chưa có kế hoạch nào.</Text>}
        {context && (
          <PlanContext.Provider value={context}>
            <Suspense fallback={<Loading />}>
              <Screen />
            </Suspense>
          </PlanContext.Provider>
        )}
        <RestoreWaitModal />
      </AppShell.Main>
      <ClerkNameModal opened={askName} onSaved={nameGiven} />
    </AppShell>
  );
}
