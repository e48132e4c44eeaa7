import { createRouter, createWebHistory } from 'vue-router'
import { session, loadSession, can } from './session'
import Layout from './views/Layout.vue'
import Login from './views/Login.vue'

export const router = createRouter({
  history: createWebHistory(),
  routes: [
    { path: '/login', component: Login, meta: { public: true } },
    { path: '/public/honors', component: () => import('./views/Showcase.vue'), meta: { public: true, title: '劳模风采' } },
    { path: '/public/notices', component: () => import('./views/Notices.vue'), meta: { public: true, title: '公示公告' } },
    { path: '/public/join', component: () => import('./views/Join.vue'), meta: { public: true, title: '网上入会' } },
    { path: '/public/stations', component: () => import('./views/PublicStations.vue'), meta: { public: true, title: '户外劳动者服务站点' } },
    { path: '/password', component: () => import('./views/ChangePassword.vue') },
    { path: '/print/hardship-files/:id', component: () => import('./views/print/PrintHardshipFile.vue'), meta: { title: '困难职工档案表', perm: 'assist:read' } },
    { path: '/print/annual-returns/:id', component: () => import('./views/print/PrintAnnualReturn.vue'), meta: { title: '统计年报调查表', perm: 'statistics:read' } },
    { path: '/print/members/:id', component: () => import('./views/print/PrintMember.vue'), meta: { title: '会员登记表', perm: 'member:read' } },
    {
      path: '/',
      component: Layout,
      children: [
        { path: '', component: () => import('./views/Home.vue'), meta: { title: '首页' } },
        { path: 'orgs', component: () => import('./views/Orgs.vue'), meta: { title: '工会组织', perm: 'org:read', section: '组织建设' } },
        { path: 'employers', component: () => import('./views/Employers.vue'), meta: { title: '单位', perm: 'org:read', section: '组织建设' } },
        { path: 'terms', component: () => import('./views/Terms.vue'), meta: { title: '届期提醒', perm: 'org:read', section: '组织建设' } },
        { path: 'census', component: () => import('./views/Census.vue'), meta: { title: '摸底排查', perm: 'org:read', section: '组织建设' } },
        { path: 'census/:id', component: () => import('./views/CensusDetail.vue'), meta: { title: '摸底排查详情', perm: 'org:read', section: '组织建设', menu: '/census' } },
        { path: 'members', component: () => import('./views/Members.vue'), meta: { title: '会员', perm: 'member:read', section: '会员管理' } },
        { path: 'transfers', component: () => import('./views/Transfers.vue'), meta: { title: '会员转接', perm: 'member:read', section: '会员管理' } },
        { path: 'join-applications', component: () => import('./views/JoinApplications.vue'), meta: { title: '入会申请', perm: 'member:read', section: '会员管理' } },
        { path: 'hardship-files', component: () => import('./views/HardshipFiles.vue'), meta: { title: '困难职工档案', perm: 'assist:read', section: '困难职工帮扶' } },
        { path: 'aid-records', component: () => import('./views/AidRecords.vue'), meta: { title: '帮扶记录与临时救助', perm: 'assist:read', section: '困难职工帮扶' } },
        { path: 'rights', component: () => import('./views/Rights.vue'), meta: { title: '维权服务', perm: 'rights:read' } },
        { path: 'governance', component: () => import('./views/Governance.vue'), meta: { title: '制度与整改', perm: 'governance:read' } },
        { path: 'activities', component: () => import('./views/Activities.vue'), meta: { title: '干部工作', perm: 'activity:read' } },
        { path: 'contests', component: () => import('./views/ContestList.vue'), meta: { title: '劳动和技能竞赛', perm: 'craft:read', section: '工匠和竞赛' } },
        { path: 'contests/:id', component: () => import('./views/ContestDetail.vue'), meta: { title: '竞赛详情', perm: 'craft:read', section: '工匠和竞赛', menu: '/contests' } },
        { path: 'studios', component: () => import('./views/StudioList.vue'), meta: { title: '创新工作室', perm: 'craft:read', section: '工匠和竞赛' } },
        { path: 'innovations', component: () => import('./views/InnovationList.vue'), meta: { title: '五小成果与企业评聘', perm: 'craft:read', section: '工匠和竞赛' } },
        { path: 'programmes', component: () => import('./views/ProgrammeList.vue'), meta: { title: '普惠服务', perm: 'service:read', section: '服务职工' } },
        { path: 'insurance', component: () => import('./views/MutualInsurance.vue'), meta: { title: '职工医疗互助保障', perm: 'service:read', section: '服务职工' } },
        { path: 'service-places', component: () => import('./views/ServicePlaces.vue'), meta: { title: '服务阵地', perm: 'service:read', section: '服务职工' } },
        { path: 'collective-contracts', component: () => import('./views/CollectiveContracts.vue'), meta: { title: '集体合同', perm: 'democracy:read', section: '民主管理' } },
        { path: 'womens-work', component: () => import('./views/WomensWork.vue'), meta: { title: '女职工工作', perm: 'democracy:read', section: '民主管理' } },
        { path: 'members-congresses', component: () => import('./views/MembersCongresses.vue'), meta: { title: '会员代表大会', perm: 'democracy:read', section: '民主管理' } },
        { path: 'elections', component: () => import('./views/ElectionProcesses.vue'), meta: { title: '换届选举', perm: 'democracy:read', section: '民主管理' } },
        { path: 'workers-congresses', component: () => import('./views/WorkersCongresses.vue'), meta: { title: '职代会和厂务公开', perm: 'democracy:read', section: '民主管理' } },
        { path: 'funds-remittances', component: () => import('./views/FundsRemittances.vue'), meta: { title: '经费收缴', perm: 'funds:read', section: '经费与经审' } },
        { path: 'fund-returns', component: () => import('./views/FundReturns.vue'), meta: { title: '返还与拨付', perm: 'funds:read', section: '经费与经审' } },
        { path: 'funds-audits', component: () => import('./views/FundsAudits.vue'), meta: { title: '经费审查', perm: 'funds:read', section: '经费与经审' } },
        { path: 'annual-returns', component: () => import('./views/AnnualReturns.vue'), meta: { title: '统计年报', perm: 'statistics:read' } },
        { path: 'annual-returns/:id', component: () => import('./views/AnnualReturnDetail.vue'), meta: { title: '调查表', perm: 'statistics:read', menu: '/annual-returns' } },
        { path: 'reports', component: () => import('./views/Reports.vue'), meta: { title: '工作总结', perm: 'report:read' } },
        { path: 'honorees', component: () => import('./views/Honorees.vue'), meta: { title: '劳模库', perm: 'honor:read', section: '劳模管理和服务' } },
        { path: 'honor-campaigns', component: () => import('./views/Campaigns.vue'), meta: { title: '评选推荐', perm: 'honor:read', section: '劳模管理和服务' } },
        { path: 'users', component: () => import('./views/Users.vue'), meta: { title: '用户管理', perm: 'user:read', section: '系统管理' } },
        { path: 'roles', component: () => import('./views/Roles.vue'), meta: { title: '角色管理', perm: 'role:read', section: '系统管理' } },
        { path: 'data-quality', component: () => import('./views/DataQuality.vue'), meta: { title: '数据质量', perm: 'org:read', section: '系统管理' } },
        { path: 'dicts', component: () => import('./views/Dicts.vue'), meta: { title: '字典管理', section: '系统管理' } },
        { path: 'audit', component: () => import('./views/Audit.vue'), meta: { title: '审计日志', perm: 'audit:read', section: '系统管理' } },
        { path: '403', component: () => import('./views/NoAccess.vue'), meta: { title: '无权访问' } },
        { path: ':pathMatch(.*)*', component: () => import('./views/NotFound.vue'), meta: { title: '页面不存在' } },
      ],
    },
  ],
})

router.beforeEach(async (to) => {
  if (!session.loaded) await loadSession()
  if (to.meta.public) return true
  if (!session.user) return '/login'
  if (session.user.mustChangePassword && to.path !== '/password') return '/password'
  // A page the account may not open says so, rather than loading and failing on its first request.
  if (to.meta.perm && !can(to.meta.perm as string)) return { path: '/403', query: { from: to.fullPath } }
  return true
})

router.afterEach((to) => {
  document.title = to.meta.title ? `${to.meta.title as string} - 工会业务平台` : '工会业务平台'
})
