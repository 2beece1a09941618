// Copyright (c) 2017-2025 Tencent. All Rights Reserved.
//
// Licensed under the Apache License, Version 2.0 (the "License");
// you may not use this file except in compliance with the License.
// You may obtain a copy of the License at
//
//    http://www.apache.org/licenses/LICENSE-2.0
//
// Unless required by applicable law or agreed to in writing, software
// distributed under the License is distributed on an "AS IS" BASIS,
// WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
// See the License for the specific language governing permissions and
// limitations under the License.

package v20210125

const (
	// 此产品的特有错误码

	// CAM签名/鉴权错误。
	AUTHFAILURE = "AuthFailure"

	// 操作失败。
	FAILEDOPERATION = "FailedOperation"

	// 订单状态异常。
	FAILEDOPERATION_ABNORMALORDERSTATUS = "FailedOperation.AbnormalOrderStatus"

	// 另一个数据源正在创建中。
	FAILEDOPERATION_ANOTHERCREATEPROCESSRUNNING = "FailedOperation.AnotherCreateProcessRunning"

	// 另一个操作正在处理中，请稍后再试。
	FAILEDOPERATION_ANOTHERPROCESSRUNNING = "FailedOperation.AnotherProcessRunning"

	// 另一个请求正在处理中，请稍后再试。
	FAILEDOPERATION_ANOTHERREQUESTPROCESSING = "FailedOperation.AnotherRequestProcessing"

	// 账户余额不足。
	FAILEDOPERATION_BALANCENOTENOUGH = "FailedOperation.BalanceNotEnough"

	// 计费系统异常。
	FAILEDOPERATION_BILLINGSYSTEMERROR = "FailedOperation.BillingSystemError"

	// 绑定的标签数量超出限制。
	FAILEDOPERATION_BINDTOOMANYTAGS = "FailedOperation.BindTooManyTags"

	// 集群组不存在
	FAILEDOPERATION_CLUSTERGROUPNOTFOUND = "FailedOperation.ClusterGroupNotFound"

	// 创建引擎失败。
	FAILEDOPERATION_CREATEDATAENGINEFAILED = "FailedOperation.CreateDataEngineFailed"

	// 删除数据引擎失败。
	FAILEDOPERATION_DELETEDATAENGINEFAILED = "FailedOperation.DeleteDataEngineFailed"

	// 发货失败。
	FAILEDOPERATION_DELIVERGOODSFAILED = "FailedOperation.DeliverGoodsFailed"

	// 重复的标签键。
	FAILEDOPERATION_DUPLICATETAGKEY = "FailedOperation.DuplicateTagKey"

	// 案例服务请求失败
	FAILEDOPERATION_EXAMPLE = "FailedOperation.Example"

	// 案例不存在
	FAILEDOPERATION_EXAMPLENOTFOUND = "FailedOperation.ExampleNotFound"

	// 外部服务异常
	FAILEDOPERATION_EXTERNALSERVICE = "FailedOperation.ExternalService"

	// 扣费失败。
	FAILEDOPERATION_FEEDEDUCTIONFAILED = "FailedOperation.FeeDeductionFailed"

	// 获取鉴权策略失败。
	FAILEDOPERATION_GETPOLICYFAILED = "FailedOperation.GetPolicyFailed"

	// 获取商品信息失败。
	FAILEDOPERATION_GETPRODUCTINFORMATIONFAILED = "FailedOperation.GetProductInformationFailed"

	// 获取用户信息失败，请重试或提工单联系我们
	FAILEDOPERATION_GETUSERINFOFAILED = "FailedOperation.GetUserInfoFailed"

	// 获取工作组信息失败。
	FAILEDOPERATION_GETWORKGROUPINFOFAILED = "FailedOperation.GetWorkGroupInfoFailed"

	// 数据治理错误，请重试，或者提交工单联系我们
	FAILEDOPERATION_GOVERNERROR = "FailedOperation.GovernError"

	// 授权失败。
	FAILEDOPERATION_GRANTPOLICYFAILED = "FailedOperation.GrantPolicyFailed"

	// HTTP客户端请求失败。
	FAILEDOPERATION_HTTPCLIENTDOREQUESTFAILED = "FailedOperation.HttpClientDoRequestFailed"

	// 资源不符合规定。
	FAILEDOPERATION_ILLEGALRESOURCE = "FailedOperation.IllegalResource"

	// 标签键含有非法字符。
	FAILEDOPERATION_ILLEGALTAGKEY = "FailedOperation.IllegalTagKey"

	// 标签值含有非法字符。
	FAILEDOPERATION_ILLEGALTAGVALUE = "FailedOperation.IllegalTagValue"

	// 询价失败。
	FAILEDOPERATION_INQUIREPRICEFAILED = "FailedOperation.InquirePriceFailed"

	// Invalid NetworkConnectionType
	FAILEDOPERATION_INVALIDNETWORKCONNECTIONTYPE = "FailedOperation.InvalidNetworkConnectionType"

	// 数据实验室正处于过渡状态：数据实验室正在状态转换中（启动中/停止中/删除中），请稍后重试
	FAILEDOPERATION_LABINTRANSITION = "FailedOperation.LabInTransition"

	// 数据实验室不存在：数据实验室不存在，请检查数据实验室标识
	FAILEDOPERATION_LABNOTFOUND = "FailedOperation.LabNotFound"

	// 实验室未运行
	FAILEDOPERATION_LABNOTRUNNING = "FailedOperation.LabNotRunning"

	// 数据实验室当前状态不允许修改：仅在停止或异常状态下可修改配置，请先停止数据实验室后重试
	FAILEDOPERATION_LABNOTUPDATABLE = "FailedOperation.LabNotUpdatable"

	// 数据实验室正在运行中：数据实验室正在运行中，请稍后重试
	FAILEDOPERATION_LABRUNNING = "FailedOperation.LabRunning"

	// 元数据错误，请重试，或者提交工单联系我们
	FAILEDOPERATION_METASTOREERROR = "FailedOperation.MetastoreError"

	// 实例变配失败。
	FAILEDOPERATION_MODIFYINSTANCEFAILED = "FailedOperation.ModifyInstanceFailed"

	// The  datasource vpc has been bound to the engine
	FAILEDOPERATION_NETWORKCONNECTIONEXIST = "FailedOperation.NetworkConnectionExist"

	// 当前已有资源组正在使用该配置项，无法一键删除（一键删除会导致引擎重启）您可前往资源组列表页点击详情删除
	FAILEDOPERATION_NETWORKCONNECTIONINUSED = "FailedOperation.NetworkConnectionInUsed"

	// 没有操作权限。
	FAILEDOPERATION_NOPERMISSION = "FailedOperation.NoPermission"

	// 用户没有指定引擎的使用权限
	FAILEDOPERATION_NOPERMISSIONTOUSETHEDATAENGINE = "FailedOperation.NoPermissionToUseTheDataEngine"

	// 账号未进行实名认证。
	FAILEDOPERATION_NOREALNAMEAUTHENTICATION = "FailedOperation.NoRealNameAuthentication"

	// 采购数量超过限制。
	FAILEDOPERATION_NUMBEREXCEEDLIMIT = "FailedOperation.NumberExceedLimit"

	// 其他异常：服务遇到未知问题，请稍后再试。
	FAILEDOPERATION_OTHEREXCEPTION = "FailedOperation.OtherException"

	// 参数校验失败。
	FAILEDOPERATION_PARAMETERVALIDATIONFAILED = "FailedOperation.ParameterValidationFailed"

	// 退押金失败。
	FAILEDOPERATION_REFUNDDEPOSITFAILED = "FailedOperation.RefundDepositFailed"

	// 结果过期
	FAILEDOPERATION_RESULTEXPIRED = "FailedOperation.ResultExpired"

	// 取消授权失败。
	FAILEDOPERATION_REVOKEPOLICYFAILED = "FailedOperation.RevokePolicyFailed"

	// 语法解析失败，请校验后重试
	FAILEDOPERATION_SQLTASKPARSEFAILED = "FailedOperation.SQLTaskParseFailed"

	// SQL任务结果超出限制
	FAILEDOPERATION_SQLTASKRESULTOVERSIZE = "FailedOperation.SQLTaskResultOversize"

	// 资源已经绑定了同名标签键。
	FAILEDOPERATION_TAGALREADYATTACHED = "FailedOperation.TagAlreadyAttached"

	// 标签键长度超过限制。
	FAILEDOPERATION_TAGKEYTOOLONG = "FailedOperation.TagKeyTooLong"

	// 标签不存在。
	FAILEDOPERATION_TAGNOTEXIST = "FailedOperation.TagNotExist"

	// 标签值长度超过限制。
	FAILEDOPERATION_TAGVALUETOOLONG = "FailedOperation.TagValueTooLong"

	// 获取结果超时
	FAILEDOPERATION_TASKOVERTIMEFETCHRESULT = "FailedOperation.TaskOvertimeFetchResult"

	// 资源数量超出限制。
	FAILEDOPERATION_TOOMANYRESOURCES = "FailedOperation.TooManyResources"

	// 标签数量超出限制。
	FAILEDOPERATION_TOOMANYTAGS = "FailedOperation.TooManyTags"

	// 更新权限信息失败。
	FAILEDOPERATION_UPDATEPOLICYFAILED = "FailedOperation.UpdatePolicyFailed"

	// 内部错误。
	INTERNALERROR = "InternalError"

	// 数据库错误。
	INTERNALERROR_DBERROR = "InternalError.DBError"

	// 业务系统异常，请重试或提工单联系我们。
	INTERNALERROR_INTERNALSYSTEMEXCEPTION = "InternalError.InternalSystemException"

	// 参数错误。
	INVALIDPARAMETER = "InvalidParameter"

	// 指定的交互式SQL任务自定义主键不唯一
	INVALIDPARAMETER_BATCHSQLCUSTOMKEYNOTUNIQUE = "InvalidParameter.BatchSQLCustomKeyNotUnique"

	// 指定的交互式SQL任务Filter.Key不匹配，当前仅支持: task-sql-keyword/task-operator/batch-id/session-id/task-state
	INVALIDPARAMETER_BATCHSQLFILTERSKEYTYPENOTMATH = "InvalidParameter.BatchSQLFiltersKeyTypeNotMath"

	// 交互式SQL任务指定SortBy类型不匹配，当前仅支持: create-time/resource-usage
	INVALIDPARAMETER_BATCHSQLTASKSORTBYTYPENOTMATCH = "InvalidParameter.BatchSQLTaskSortByTypeNotMatch"

	// 当前配置不被允许
	INVALIDPARAMETER_CONFIGKEYPROHIBITED = "InvalidParameter.ConfigKeyProhibited"

	// 指定集群资源类型不匹配，当前仅支持: spark_cu（对应Spark集群）,presto_cu(对应Presto集群)
	INVALIDPARAMETER_DATAENGINECLUSTERTYPENOTMATCH = "InvalidParameter.DataEngineClusterTypeNotMatch"

	// 指定集群参数已存在
	INVALIDPARAMETER_DATAENGINECONFIGPAIRSDUPLICATE = "InvalidParameter.DataEngineConfigPairsDuplicate"

	// 指定集群传参ExecType不匹配，当前仅支持SQL或BATCH
	INVALIDPARAMETER_DATAENGINEEXECTYPENOTMATCH = "InvalidParameter.DataEngineExecTypeNotMatch"

	// 指定集群镜像操作不匹配，当前仅支持: InitImage/UpgradeImage/SwitchImage/RollbackImage/ModifyResource
	INVALIDPARAMETER_DATAENGINEIMAGEOPERATENOTMATCH = "InvalidParameter.DataEngineImageOperateNotMatch"

	// 指定集群计费模式不匹配，当前仅支持: 1: 按量计费, 2: 包年包月
	INVALIDPARAMETER_DATAENGINEMODENOTMATCH = "InvalidParameter.DataEngineModeNotMatch"

	// 当前任务仅支持SQL引擎运行
	INVALIDPARAMETER_DATAENGINEONLYSUPPORTSQL = "InvalidParameter.DataEngineOnlySupportSQL"

	// 当前任务仅支持Spark批作业引擎运行
	INVALIDPARAMETER_DATAENGINEONLYSUPPORTSPARKBATCH = "InvalidParameter.DataEngineOnlySupportSparkBatch"

	// 指定集群付费类型不匹配，当前仅支持: 0: 后付费, 1: 预付费
	INVALIDPARAMETER_DATAENGINEPAYMODETYPENOTMATCH = "InvalidParameter.DataEnginePayModeTypeNotMatch"

	// 指定集群规格不符合规范
	INVALIDPARAMETER_DATAENGINESIZENOTMATCH = "InvalidParameter.DataEngineSizeNotMatch"

	// 指定集群类型不匹配，当前仅支持: spark/presto
	INVALIDPARAMETER_DATAENGINETYPENOTMATCH = "InvalidParameter.DataEngineTypeNotMatch"

	// 数据源连接已存在，请重试，或者提交工单联系我们
	INVALIDPARAMETER_DATASOURCECONNECTIONNOTUNIQUE = "InvalidParameter.DatasourceConnectionNotUnique"

	// 数据源类型错误。
	INVALIDPARAMETER_DATASOURCETYPEERROR = "InvalidParameter.DatasourceTypeError"

	// DescribeDataEnginesS Sort by type not match, only support create-time
	INVALIDPARAMETER_DESCRIBEDATAENGINESSORTBYTYPENOTMATCH = "InvalidParameter.DescribeDataEnginesSortByTypeNotMatch"

	// 重复的引擎名称。
	INVALIDPARAMETER_DUPLICATEDATAENGINENAME = "InvalidParameter.DuplicateDataEngineName"

	// 数据源名称重复。
	INVALIDPARAMETER_DUPLICATEDATASOURCENAME = "InvalidParameter.DuplicateDatasourceName"

	// 重复的工作组名称。
	INVALIDPARAMETER_DUPLICATEGROUPNAME = "InvalidParameter.DuplicateGroupName"

	// 重复的用户名。
	INVALIDPARAMETER_DUPLICATEUSERNAME = "InvalidParameter.DuplicateUserName"

	// 用户vpc连接名称重复
	INVALIDPARAMETER_DUPLICATEUSERVPCCONNECTIONNAME = "InvalidParameter.DuplicateUserVpcConnectionName"

	// 指定Filter.Values参数数量超限，当前应小于等于50个
	INVALIDPARAMETER_FILTERSVALUESNUMBEROUTOFLIMIT = "InvalidParameter.FiltersValuesNumberOutOfLimit"

	// 指定集群镜像Cluster参数格式非JSON
	INVALIDPARAMETER_IMAGECLUSTERPARAMETERSFORMATNOTJSON = "InvalidParameter.ImageClusterParametersFormatNotJson"

	// 指定引擎类型不匹配，当前仅支持: SparkSQL, PrestoSQL, SparkBatch
	INVALIDPARAMETER_IMAGEENGINETYPENOTMATCH = "InvalidParameter.ImageEngineTypeNotMatch"

	// 指定isPublic不匹配，当前仅支持: 1:公共, 2:私有
	INVALIDPARAMETER_IMAGEISPUBLICNOTMATCH = "InvalidParameter.ImageIsPublicNotMatch"

	// 指定集群镜像参数不存在
	INVALIDPARAMETER_IMAGEPARAMETERNOTFOUND = "InvalidParameter.ImageParameterNotFound"

	// 指定集群镜像ParameterSubmitMethod不匹配，当前仅支持: User, BackGround
	INVALIDPARAMETER_IMAGEPARAMETERSUBMITMETHODNOTMATCH = "InvalidParameter.ImageParameterSubmitMethodNotMatch"

	// 指定集群镜像ParameterType不匹配，当前仅支持: 1: session , 2: common, 3: cluster
	INVALIDPARAMETER_IMAGEPARAMETERTYPENOTMATCH = "InvalidParameter.ImageParameterTypeNotMatch"

	// 指定集群镜像Session参数格式非JSON
	INVALIDPARAMETER_IMAGESESSIONPARAMETERSFORMATNOTJSON = "InvalidParameter.ImageSessionParametersFormatNotJson"

	// 指定state不匹配，当前仅支持: 1:初始化, 2:上线, 3:下线
	INVALIDPARAMETER_IMAGESTATENOTMATCH = "InvalidParameter.ImageStateNotMatch"

	// 指定集群镜像UserRecords不匹配，当前仅支持: 1: parentVersion, 2: childVersion, 3: pySpark
	INVALIDPARAMETER_IMAGEUSERRECORDSTYPENOTMATCH = "InvalidParameter.ImageUserRecordsTypeNotMatch"

	// 实例在其他流程中。
	INVALIDPARAMETER_INSTANCEINPROCESS = "InvalidParameter.InstanceInProcess"

	// 无效的访问策略。
	INVALIDPARAMETER_INVALIDACCESSPOLICY = "InvalidParameter.InvalidAccessPolicy"

	// 指定的Spark任务程序包文件格式不匹配，当前仅支持.jar或.py
	INVALIDPARAMETER_INVALIDAPPFILEFORMAT = "InvalidParameter.InvalidAppFileFormat"

	// 指定的桶不存在
	INVALIDPARAMETER_INVALIDBUCKETNAME = "InvalidParameter.InvalidBucketName"

	// 字段名称设置错误，字段名称必须小于等于128字节
	INVALIDPARAMETER_INVALIDCOLUMNNAMELENGTH = "InvalidParameter.InvalidColumnNameLength"

	// 字段个数设置错误，字段个数必须小于等于4096
	INVALIDPARAMETER_INVALIDCOLUMNNUMBER = "InvalidParameter.InvalidColumnNumber"

	// 字段类型设置错误，仅支持string/tinyint/smallint/int/bigint/boolean/float/double/decimal/timestamp/date/binary/array<>/map<>/struct<>/uniontype<>
	INVALIDPARAMETER_INVALIDCOLUMNTYPE = "InvalidParameter.InvalidColumnType"

	// 任务指定参数Key值不存在
	INVALIDPARAMETER_INVALIDCONFIGKEYNOTFOUND = "InvalidParameter.InvalidConfigKeyNotFound"

	// 任务指定参数Value值长度超限
	INVALIDPARAMETER_INVALIDCONFIGVALUELENGTHOUTLIMIT = "InvalidParameter.InvalidConfigValueLengthOutLimit"

	// 任务指定参数Value值不符合规则
	INVALIDPARAMETER_INVALIDCONFIGVALUEREGEXPNOTMATCH = "InvalidParameter.InvalidConfigValueRegexpNotMatch"

	// 指定集群CIDR格式不匹配，参考样式: 192.0.2.1/24
	INVALIDPARAMETER_INVALIDDATAENGINECIDRFORMAT = "InvalidParameter.InvalidDataEngineCidrFormat"

	// 指定集群参数无效，请校验后重试
	INVALIDPARAMETER_INVALIDDATAENGINECONFIGPAIRS = "InvalidParameter.InvalidDataEngineConfigPairs"

	// 无效的引擎描述信息。
	INVALIDPARAMETER_INVALIDDATAENGINEDESCRIPTION = "InvalidParameter.InvalidDataEngineDescription"

	// 无效的数据引擎模式。
	INVALIDPARAMETER_INVALIDDATAENGINEMODE = "InvalidParameter.InvalidDataEngineMode"

	// 无效的数据引擎名。
	INVALIDPARAMETER_INVALIDDATAENGINENAME = "InvalidParameter.InvalidDataEngineName"

	// 无效的数据引擎规格。
	INVALIDPARAMETER_INVALIDDATAENGINESPECS = "InvalidParameter.InvalidDataEngineSpecs"

	// 指定集群资源使用时长，后付费：固定填3600，预付费：最少填1，代表购买资源一个月，最长不超过120。默认3600
	INVALIDPARAMETER_INVALIDDATAENGINETIMESPAN = "InvalidParameter.InvalidDataEngineTimeSpan"

	// 指定集群资源使用时长的单位不匹配，后付费：h，预付费：m。默认为h
	INVALIDPARAMETER_INVALIDDATAENGINETIMEUNIT = "InvalidParameter.InvalidDataEngineTimeUnit"

	// 数据源连接配置异常，请重试，或者提交工单联系我们
	INVALIDPARAMETER_INVALIDDATASOURCECONNECTIONCONFIG = "InvalidParameter.InvalidDatasourceConnectionConfig"

	// 数据源连接名称不合法
	INVALIDPARAMETER_INVALIDDATASOURCENAME = "InvalidParameter.InvalidDatasourceName"

	// DecimalType设置非法，Precision必须大于等于Scale，且Precision必须小于38
	INVALIDPARAMETER_INVALIDDECIMALTYPE = "InvalidParameter.InvalidDecimalType"

	// 无效的默认数据引擎参数。
	INVALIDPARAMETER_INVALIDDEFAULTDATAENGINE = "InvalidParameter.InvalidDefaultDataEngine"

	// 无效的描述信息。
	INVALIDPARAMETER_INVALIDDESCRIPTION = "InvalidParameter.InvalidDescription"

	// 当前DriverSize规格仅支持: small/medium/large/xlarge/m.small/m.medium/m.large/m.xlarge
	INVALIDPARAMETER_INVALIDDRIVERSIZE = "InvalidParameter.InvalidDriverSize"

	// 指定Excutor动态数量必须为当前最大值
	INVALIDPARAMETER_INVALIDDYNAMICALLOCATIONMAXEXECUTORS = "InvalidParameter.InvalidDynamicAllocationMaxExecutors"

	// 引擎执行类型不合法
	INVALIDPARAMETER_INVALIDENGINEEXECTYPE = "InvalidParameter.InvalidEngineExecType"

	// 引擎类型不合法
	INVALIDPARAMETER_INVALIDENGINETYPE = "InvalidParameter.InvalidEngineType"

	// 当前ExecutorSize规格仅支持: small/medium/large/xlarge/m.small/m.medium/m.large/m.xlarge
	INVALIDPARAMETER_INVALIDEXECUTORSIZE = "InvalidParameter.InvalidExecutorSize"

	// 任务容错类型错误，当前仅支持: Proceed/Terminate
	INVALIDPARAMETER_INVALIDFAILURETOLERANCE = "InvalidParameter.InvalidFailureTolerance"

	// 指定的文件压缩格式不合规，当前仅支持: tar.gz/tar/tgz
	INVALIDPARAMETER_INVALIDFILECOMPRESSIONFORMAT = "InvalidParameter.InvalidFileCompressionFormat"

	// 指定的文件路径格式不合规，当前仅支持:cosn://或lakefs://
	INVALIDPARAMETER_INVALIDFILEPATHFORMAT = "InvalidParameter.InvalidFilePathFormat"

	// 不支持此过滤条件
	INVALIDPARAMETER_INVALIDFILTERKEY = "InvalidParameter.InvalidFilterKey"

	// 过滤条件个数非法，当指定了过滤条件时，过滤条件的个数应该大于等于1个，且小于等于5个
	INVALIDPARAMETER_INVALIDFILTERLENGTH = "InvalidParameter.InvalidFilterLength"

	// 无效的工作组Id。
	INVALIDPARAMETER_INVALIDGROUPID = "InvalidParameter.InvalidGroupId"

	// 不支持的Hive版本。
	INVALIDPARAMETER_INVALIDHIVEVERSION = "InvalidParameter.InvalidHiveVersion"

	// 请求的消息类型无效。
	INVALIDPARAMETER_INVALIDINFOTYPE = "InvalidParameter.InvalidInfoType"

	// 指定参数int类型转换失败
	INVALIDPARAMETER_INVALIDINTFORMAT = "InvalidParameter.InvalidIntFormat"

	// 无效的最大结果数。
	INVALIDPARAMETER_INVALIDMAXRESULTS = "InvalidParameter.InvalidMaxResults"

	// 无效的最小集群数量。
	INVALIDPARAMETER_INVALIDMINCLUSTERS = "InvalidParameter.InvalidMinClusters"

	// 无效的Offset值。
	INVALIDPARAMETER_INVALIDOFFSET = "InvalidParameter.InvalidOffset"

	// 列上执行的操作与该列的数据类型不兼容
	INVALIDPARAMETER_INVALIDPARAMETER_COLUMNTYPENOTCOMPATIBLE = "InvalidParameter.InvalidParameter_ColumnTypeNotCompatible"

	// 排序列不合法
	INVALIDPARAMETER_INVALIDPARAMETER_SQLTASKANALYSISSORTBYTYPENOTMATCH = "InvalidParameter.InvalidParameter_SQLTaskAnalysisSortByTypeNotMatch"

	// 无效的计费模式。
	INVALIDPARAMETER_INVALIDPAYMODE = "InvalidParameter.InvalidPayMode"

	// 无效的CAM role arn。
	INVALIDPARAMETER_INVALIDROLEARN = "InvalidParameter.InvalidRoleArn"

	// SQL解析失败。
	INVALIDPARAMETER_INVALIDSQL = "InvalidParameter.InvalidSQL"

	// 传入的 SQL 配置参数不合法
	INVALIDPARAMETER_INVALIDSQLCONFIG = "InvalidParameter.InvalidSQLConfig"

	// 参数校验失败，请调整参数，或者提交工单联系我们
	INVALIDPARAMETER_INVALIDSQLCONFIGSQL = "InvalidParameter.InvalidSQLConfigSQL"

	// 执行SQL数量错误，SQL数量要大于等于1个且小于等于50个
	INVALIDPARAMETER_INVALIDSQLNUM = "InvalidParameter.InvalidSQLNum"

	// 单次获取SQL任务结果数量需大于0条，小于1000条
	INVALIDPARAMETER_INVALIDSQLTASKMAXRESULTS = "InvalidParameter.InvalidSQLTaskMaxResults"

	// 指定的弹性范围不合规范
	INVALIDPARAMETER_INVALIDSCHEDULEDELASTICITYMINELASTICCLUSTERS = "InvalidParameter.InvalidScheduledElasticityMinElasticClusters"

	// 当前Session仅支持: spark/pyspark/sparkr/sql类型
	INVALIDPARAMETER_INVALIDSESSIONKINDTYPE = "InvalidParameter.InvalidSessionKindType"

	// 不支持的排序类型。
	INVALIDPARAMETER_INVALIDSORTBYTYPE = "InvalidParameter.InvalidSortByType"

	// Invalid Sorting
	INVALIDPARAMETER_INVALIDSORTING = "InvalidParameter.InvalidSorting"

	// SparkAppParam无效。
	INVALIDPARAMETER_INVALIDSPARKAPPPARAM = "InvalidParameter.InvalidSparkAppParam"

	// 指定的Spark作业配置格式异常，请参考：spark.network.timeout=120s
	INVALIDPARAMETER_INVALIDSPARKCONFIGFORMAT = "InvalidParameter.InvalidSparkConfigFormat"

	// 当前Statement仅支持sql类型
	INVALIDPARAMETER_INVALIDSTATEMENTKINDTYPE = "InvalidParameter.InvalidStatementKindType"

	// 存储位置错误。
	INVALIDPARAMETER_INVALIDSTORELOCATION = "InvalidParameter.InvalidStoreLocation"

	// 表格式非法，当前仅支持: TextFile/CSV/Json/Parquet/ORC/AVRO
	INVALIDPARAMETER_INVALIDTABLEFORMAT = "InvalidParameter.InvalidTableFormat"

	// 表格式设置错误，只能设置一种格式
	INVALIDPARAMETER_INVALIDTABLEFORMATSIZE = "InvalidParameter.InvalidTableFormatSize"

	// 表路径设置错误，请检查并重新设置
	INVALIDPARAMETER_INVALIDTABLELOCATION = "InvalidParameter.InvalidTableLocation"

	// 表名设置错误，表名长度必须小于等于128字节
	INVALIDPARAMETER_INVALIDTABLENAMELENGTH = "InvalidParameter.InvalidTableNameLength"

	// 无效的taskid。
	INVALIDPARAMETER_INVALIDTASKID = "InvalidParameter.InvalidTaskId"

	// 任务类型TaskType错误，Spark引擎任务类型为SparkSQLTask,Presto引擎任务类型为SQLTask
	INVALIDPARAMETER_INVALIDTASKTYPE = "InvalidParameter.InvalidTaskType"

	// 任务长度超限
	INVALIDPARAMETER_INVALIDTASKSFILTERLENGTH = "InvalidParameter.InvalidTasksFilterLength"

	// 指定的TCR Spark镜像格式不匹配，参考样例: my-image/ndf/python/latest
	INVALIDPARAMETER_INVALIDTCRSPARKIMAGEFORMAT = "InvalidParameter.InvalidTcrSparkImageFormat"

	// 指定时间格式不合规，当前仅支持: YYYY-mm-dd HH:MM:SS
	INVALIDPARAMETER_INVALIDTIMEFORMAT = "InvalidParameter.InvalidTimeFormat"

	// 日期参数异常，如结束时间早于开始时间
	INVALIDPARAMETER_INVALIDTIMEPARAMETER = "InvalidParameter.InvalidTimeParameter"

	// 无效的计费时长。
	INVALIDPARAMETER_INVALIDTIMESPAN = "InvalidParameter.InvalidTimeSpan"

	// 无效的计费时长单位。
	INVALIDPARAMETER_INVALIDTIMEUNIT = "InvalidParameter.InvalidTimeUnit"

	// 无效用户名称。
	INVALIDPARAMETER_INVALIDUSERALIAS = "InvalidParameter.InvalidUserAlias"

	// 无效的用户名。
	INVALIDPARAMETER_INVALIDUSERNAME = "InvalidParameter.InvalidUserName"

	// 无效的用户类型。
	INVALIDPARAMETER_INVALIDUSERTYPE = "InvalidParameter.InvalidUserType"

	// 获取白名单错误，请重试，或者提交工单联系我们
	INVALIDPARAMETER_INVALIDWHITELISTKEY = "InvalidParameter.InvalidWhiteListKey"

	// 无效的工作组名。
	INVALIDPARAMETER_INVALIDWORKGROUPNAME = "InvalidParameter.InvalidWorkGroupName"

	// 您当前仅允许查看100条结果数据，若需调整，请与我们联系
	INVALIDPARAMETER_MAXRESULTONLYSUPPORTHUNDRED = "InvalidParameter.MaxResultOnlySupportHundred"

	// 提交的SQL数量范围限制为1~50
	INVALIDPARAMETER_NUMBEROFSQLEXCEEDSTHELIMIT = "InvalidParameter.NumberOfSQLExceedsTheLimit"

	// 指定参数Base64解析失败
	INVALIDPARAMETER_PARAMETERBASE64DECODEFAILED = "InvalidParameter.ParameterBase64DecodeFailed"

	// 传入参数不合法
	INVALIDPARAMETER_PARAMETERILLEGAL = "InvalidParameter.ParameterIllegal"

	// 找不到参数或参数为空
	INVALIDPARAMETER_PARAMETERNOTFOUNDORBENONE = "InvalidParameter.ParameterNotFoundOrBeNone"

	// 权限类型冲突。
	INVALIDPARAMETER_POLICYTYPECONFLICT = "InvalidParameter.PolicyTypeConflict"

	// 参数错误：资源规格组不存在
	INVALIDPARAMETER_RESOURCESPECNOTFOUND = "InvalidParameter.ResourceSpecNotFound"

	// SQL脚本Base64解析失败
	INVALIDPARAMETER_SQLBASE64DECODEFAIL = "InvalidParameter.SQLBase64DecodeFail"

	// SQL参数预处理失败
	INVALIDPARAMETER_SQLPARAMETERPREPROCESSINGFAILED = "InvalidParameter.SQLParameterPreprocessingFailed"

	// 不支持的过滤类型或者参数不合法
	INVALIDPARAMETER_SQLTASKANALYSISFILTERSKEYTYPENOTMATH = "InvalidParameter.SQLTaskAnalysisFiltersKeyTypeNotMath"

	// 指定的Filter.Key不匹配，当前仅支持: task-id/task-sql-keyword/task-kind/task-operator/batch-id/session-id/task-state
	INVALIDPARAMETER_SQLTASKFILTERSKEYTYPENOTMATH = "InvalidParameter.SQLTaskFiltersKeyTypeNotMath"

	// 指定的SQL任务不存在
	INVALIDPARAMETER_SQLTASKNOTFOUND = "InvalidParameter.SQLTaskNotFound"

	// SQL任务指定SortBy类型不匹配，当前仅支持: create-time/data-amount/used-time/resource-usage
	INVALIDPARAMETER_SQLTASKSORTBYTYPENOTMATCH = "InvalidParameter.SQLTaskSortByTypeNotMatch"

	// 指定的Spark任务Filter.Key不匹配，当前仅支持: spark-app-type/user-name/spark-job-name/spark-job-id/key-word
	INVALIDPARAMETER_SPARKJOBFILTERSKEYTYPENOTMATH = "InvalidParameter.SparkJobFiltersKeyTypeNotMath"

	// 指定的Spark任务IsInherit类型不匹配，当前仅支持: 0:继承, 1:不继承
	INVALIDPARAMETER_SPARKJOBISINHERITTYPENOTMATCH = "InvalidParameter.SparkJobIsInheritTypeNotMatch"

	// 指定的Spark任务不存在
	INVALIDPARAMETER_SPARKJOBNOTFOUND = "InvalidParameter.SparkJobNotFound"

	// 指定的Spark任务已存在
	INVALIDPARAMETER_SPARKJOBNOTUNIQUE = "InvalidParameter.SparkJobNotUnique"

	// Spark任务仅支持使用Spark作业引擎运行
	INVALIDPARAMETER_SPARKJOBONLYSUPPORTSPARKBATCHENGINE = "InvalidParameter.SparkJobOnlySupportSparkBatchEngine"

	// 指定的Spark任务RoleArn不存在
	INVALIDPARAMETER_SPARKJOBROLEARNNOTFOUND = "InvalidParameter.SparkJobRoleArnNotFound"

	// 指定的Spark任务排序类型不匹配，当前仅支持create-time/update-time/user-name/data-engine-name
	INVALIDPARAMETER_SPARKJOBSORTBYTYPENOTMATCH = "InvalidParameter.SparkJobSortByTypeNotMatch"

	// 任务已经结束，不能取消。
	INVALIDPARAMETER_TASKALREADYFINISHED = "InvalidParameter.TaskAlreadyFinished"

	// 筛选参数不匹配
	INVALIDPARAMETER_TASKLISTFILTERSKEYTYPENOTMATH = "InvalidParameter.TaskListFiltersKeyTypeNotMath"

	// 过滤字段类型不匹配，当前仅支持： task-id/task-sql-keyword/task-kind/task-operator/batch-id/session-id/task-state/task-time-sum/stage-start-time/input-records-sum/output-records-sum/output-bytes-sum/output-files-num/output-small-files-num/shuffle-read-records-sum/shuffle-read-bytes-sum
	INVALIDPARAMETER_TASKLISTSORTBYTYPENOTMATCH = "InvalidParameter.TaskListSortByTypeNotMatch"

	// 任务不存在。
	INVALIDPARAMETER_TASKNOTFOUND = "InvalidParameter.TaskNotFound"

	// 指定的任务状态不匹配，当前仅支持: 0:初始化, 1:运行中, 2:成功, 3:数据写入中, 4:排队中, -1:失败, -3:删除
	INVALIDPARAMETER_TASKSTATETYPENOTMATH = "InvalidParameter.TaskStateTypeNotMath"

	// Url格式错误。
	INVALIDPARAMETER_URLFORMATERROR = "InvalidParameter.UrlFormatError"

	// Vpc cidr格式错误。
	INVALIDPARAMETER_VPCCIDRFORMATERROR = "InvalidParameter.VpcCidrFormatError"

	// Vpc cidr重叠。
	INVALIDPARAMETER_VPCCIDROVERLAP = "InvalidParameter.VpcCidrOverlap"

	// 无效参数组合
	INVALIDPARAMETERCOMBINATION = "InvalidParameterCombination"

	// 参数取值错误。
	INVALIDPARAMETERVALUE = "InvalidParameterValue"

	// 队列 Id 与 PartitionCode/QueueName 不一致
	INVALIDPARAMETERVALUE_QUEUEIDMISMATCH = "InvalidParameterValue.QueueIdMismatch"

	// 队列名称格式不合法
	INVALIDPARAMETERVALUE_QUEUENAME = "InvalidParameterValue.QueueName"

	// 申请资源配额超过分区可用额度
	INVALIDPARAMETERVALUE_QUOTAEXCEEDED = "InvalidParameterValue.QuotaExceeded"

	// 超过配额限制。
	LIMITEXCEEDED = "LimitExceeded"

	// 缺少参数错误。
	MISSINGPARAMETER = "MissingParameter"

	// 操作被拒绝。
	OPERATIONDENIED = "OperationDenied"

	// 默认队列不允许删除
	OPERATIONDENIED_DEFAULTQUEUEDELETEFORBIDDEN = "OperationDenied.DefaultQueueDeleteForbidden"

	// 资源分区当前状态不允许该操作
	OPERATIONDENIED_PARTITIONNOTREADY = "OperationDenied.PartitionNotReady"

	// 地域错误
	REGIONERROR = "RegionError"

	// 资源被占用。
	RESOURCEINUSE = "ResourceInUse"

	// 同一分区下队列名称已存在
	RESOURCEINUSE_QUEUENAME = "ResourceInUse.QueueName"

	// 有SQL任务尚未执行完成。
	RESOURCEINUSE_UNFINISHEDSQLS = "ResourceInUse.UnfinishedSQLs"

	// 指定的spark作业资源不足，请调整driver/executor规格
	RESOURCEINSUFFICIENT_SPARKJOBINSUFFICIENTRESOURCES = "ResourceInsufficient.SparkJobInsufficientResources"

	// 资源不存在。
	RESOURCENOTFOUND = "ResourceNotFound"

	// 指定的交互式SQL任务不存在
	RESOURCENOTFOUND_BATCHSQLTASKNOTFOUND = "ResourceNotFound.BatchSQLTaskNotFound"

	// 指定的交互式SQL任务不唯一
	RESOURCENOTFOUND_BATCHSQLTASKNOTUNIQUE = "ResourceNotFound.BatchSQLTaskNotUnique"

	// 指定集群配置实例不存在
	RESOURCENOTFOUND_DATAENGINECONFIGINSTANCENOTFOUND = "ResourceNotFound.DataEngineConfigInstanceNotFound"

	// 指定集群配置实例已存在
	RESOURCENOTFOUND_DATAENGINECONFIGINSTANCENOTUNIQUE = "ResourceNotFound.DataEngineConfigInstanceNotUnique"

	// 指定集群未处于运行状态
	RESOURCENOTFOUND_DATAENGINENOTACTIVITY = "ResourceNotFound.DataEngineNotActivity"

	// 指定的引擎不存在
	RESOURCENOTFOUND_DATAENGINENOTFOUND = "ResourceNotFound.DataEngineNotFound"

	// 指定集群为非多版本类型，不支持该项操作
	RESOURCENOTFOUND_DATAENGINENOTMULTIVERSION = "ResourceNotFound.DataEngineNotMultiVersion"

	// 指定的引擎未处于运行中
	RESOURCENOTFOUND_DATAENGINENOTRUNNING = "ResourceNotFound.DataEngineNotRunning"

	// 指定的引擎已存在
	RESOURCENOTFOUND_DATAENGINENOTUNIQUE = "ResourceNotFound.DataEngineNotUnique"

	// 指定集群为非Spark批作业类型，不支持该项操作
	RESOURCENOTFOUND_DATAENGINETYPEONLYSUPPORTBATCH = "ResourceNotFound.DataEngineTypeOnlySupportBatch"

	// 数据源连接不存在，请重试，或者提交工单联系我们
	RESOURCENOTFOUND_DATASOURCENOTFOUND = "ResourceNotFound.DatasourceNotFound"

	// 找不到默认引擎
	RESOURCENOTFOUND_DEFAULTDATAENGINENOTFOUND = "ResourceNotFound.DefaultDataEngineNotFound"

	// Eks计算集群初始化或迁移中，请稍后再试。
	RESOURCENOTFOUND_EKSRESOURCENOTFOUND = "ResourceNotFound.EksResourceNotFound"

	// 网关不存在
	RESOURCENOTFOUND_GATEWAYNOTFOUND = "ResourceNotFound.GatewayNotFound"

	// 指定集群镜像Session配置不存在
	RESOURCENOTFOUND_IMAGESESSIONCONFIGNOTFOUND = "ResourceNotFound.ImageSessionConfigNotFound"

	// 指定集群镜像Session配置已存在
	RESOURCENOTFOUND_IMAGESESSIONCONFIGNOTUNIQUE = "ResourceNotFound.ImageSessionConfigNotUnique"

	// 指定集群镜像未激活
	RESOURCENOTFOUND_IMAGEVERSIONNOTACTIVITY = "ResourceNotFound.ImageVersionNotActivity"

	// 指定集群镜像版本不存在
	RESOURCENOTFOUND_IMAGEVERSIONNOTFOUND = "ResourceNotFound.ImageVersionNotFound"

	// 指定集群镜像版本已存在
	RESOURCENOTFOUND_IMAGEVERSIONNOTUNIQUE = "ResourceNotFound.ImageVersionNotUnique"

	// 该网络连接不存在
	RESOURCENOTFOUND_NETWORKCONNECTIONNOTFOUND = "ResourceNotFound.NetworkConnectionNotFound"

	// 资源包Partition不存在
	RESOURCENOTFOUND_PARTITION = "ResourceNotFound.Partition"

	// 资源组不存在
	RESOURCENOTFOUND_PARTITIONQUEUE = "ResourceNotFound.PartitionQueue"

	// 网关不存在
	RESOURCENOTFOUND_RESOURCENOTFOUNDCODE_GATEWAYNOTFOUND = "ResourceNotFound.ResourceNotFoundCode_GatewayNotFound"

	// 指定任务资源超过集群剩余资源限制，请调整后重试
	RESOURCENOTFOUND_RESOURCEUSAGEOUTOFLIMIT = "ResourceNotFound.ResourceUsageOutOfLimit"

	// 未找到结果路径。
	RESOURCENOTFOUND_RESULTOUTPUTPATHNOTFOUND = "ResourceNotFound.ResultOutputPathNotFound"

	// 获取结果存储路径失败，请到控制台->数据探索页面设置
	RESOURCENOTFOUND_RESULTSAVEPATHNOTFOUND = "ResourceNotFound.ResultSavePathNotFound"

	// 指定RoleArn不存在
	RESOURCENOTFOUND_ROLEARNRESOURCENOTFOUND = "ResourceNotFound.RoleArnResourceNotFound"

	// 当前无资源创建session，请稍后重试或使用包年包月集群。
	RESOURCENOTFOUND_SESSIONINSUFFICIENTRESOURCES = "ResourceNotFound.SessionInsufficientResources"

	// session不存在。
	RESOURCENOTFOUND_SESSIONNOTFOUND = "ResourceNotFound.SessionNotFound"

	// session已消亡。
	RESOURCENOTFOUND_SESSIONSTATEDEAD = "ResourceNotFound.SessionStateDead"

	// Session正在关闭，请确认任务是否已经取消
	RESOURCENOTFOUND_SESSIONSTATESHUTTINGDOWN = "ResourceNotFound.SessionStateShuttingDown"

	// 找不到Spark Shuffle存储路径，请到控制台->数据探索页面->存储配置中设置
	RESOURCENOTFOUND_SHUFFLEDIRNOTFOUND = "ResourceNotFound.ShuffleDirNotFound"

	// 任务资源不足，请调整driver或executor指定规格大小
	RESOURCENOTFOUND_SPARKJOBINSUFFICIENTRESOURCES = "ResourceNotFound.SparkJobInsufficientResources"

	// 系统文件错误，请重试，或者提交工单联系我们
	RESOURCENOTFOUND_SYSTEMCONFIGNOTFOUND = "ResourceNotFound.SystemConfigNotFound"

	// 表不存在，请重试，或者提交工单联系我们
	RESOURCENOTFOUND_TABLENOTFOUND = "ResourceNotFound.TableNotFound"

	// 任务已经失败
	RESOURCENOTFOUND_TASKALREADYFAILED = "ResourceNotFound.TaskAlreadyFailed"

	// 任务已经完成
	RESOURCENOTFOUND_TASKALREADYFINISHED = "ResourceNotFound.TaskAlreadyFinished"

	// 任务详情查询，任务不存在。
	RESOURCENOTFOUND_TASKINFONOTFOUND = "ResourceNotFound.TaskInfoNotFound"

	// 用户不存在
	RESOURCENOTFOUND_USERNOTEXIST = "ResourceNotFound.UserNotExist"

	// 找不到Warehouse存储路径，请到控制台->数据探索页面->存储配置中设置
	RESOURCENOTFOUND_WAREHOUSEDIRNOTFOUND = "ResourceNotFound.WarehouseDirNotFound"

	// 资源不可用。
	RESOURCEUNAVAILABLE = "ResourceUnavailable"

	// 账号余额不足，无法执行SQL任务。
	RESOURCEUNAVAILABLE_BALANCEINSUFFICIENT = "ResourceUnavailable.BalanceInsufficient"

	// 网关不处于运行中
	RESOURCEUNAVAILABLE_GATEWAYNOTRUNNING = "ResourceUnavailable.GatewayNotRunning"

	// 网关未运行
	RESOURCEUNAVAILABLE_RESOURCEUNAVAILABLECODE_GATEWAYNOTRUNNING = "ResourceUnavailable.ResourceUnavailableCode_GatewayNotRunning"

	// 当前为白名单功能，请联系我们开通
	RESOURCEUNAVAILABLE_WHITELISTFUNCTION = "ResourceUnavailable.WhiteListFunction"

	// 资源售罄。
	RESOURCESSOLDOUT = "ResourcesSoldOut"

	// 无权限授权策略。
	RESOURCESSOLDOUT_UNAUTHORIZEDGRANTPOLICY = "ResourcesSoldOut.UnauthorizedGrantPolicy"

	// 无权限操作。
	RESOURCESSOLDOUT_UNAUTHORIZEDOPERATION = "ResourcesSoldOut.UnauthorizedOperation"

	// 无权限回收权限。
	RESOURCESSOLDOUT_UNAUTHORIZEDREVOKEPOLICY = "ResourcesSoldOut.UnauthorizedRevokePolicy"

	// 未授权操作。
	UNAUTHORIZEDOPERATION = "UnauthorizedOperation"

	// 子用户不是管理员，无权将用户添加到工作组。
	UNAUTHORIZEDOPERATION_ADDUSERSTOWORKGROUP = "UnauthorizedOperation.AddUsersToWorkgroup"

	// 子用户不是管理员，无权绑定工作组到用户。
	UNAUTHORIZEDOPERATION_BINDWORKGROUPSTOUSER = "UnauthorizedOperation.BindWorkgroupsToUser"

	// 用户无权限创建管理员
	UNAUTHORIZEDOPERATION_CREATEADMINISTRATOR = "UnauthorizedOperation.CreateAdministrator"

	// 子用户无权创建联邦查询数据源。
	UNAUTHORIZEDOPERATION_CREATECATALOG = "UnauthorizedOperation.CreateCatalog"

	// 子用户不是管理员，无权创建工作组。
	UNAUTHORIZEDOPERATION_CREATEWORKGROUP = "UnauthorizedOperation.CreateWorkgroup"

	// 子用户无权删除计算引擎。
	UNAUTHORIZEDOPERATION_DELETECOMPUTINGENGINE = "UnauthorizedOperation.DeleteComputingEngine"

	// 子用户不是管理员，无权删除用户。
	UNAUTHORIZEDOPERATION_DELETEUSER = "UnauthorizedOperation.DeleteUser"

	// 子用户不是管理员，无权将用户从工作组解绑。
	UNAUTHORIZEDOPERATION_DELETEUSERSFROMWORKGROUP = "UnauthorizedOperation.DeleteUsersFromWorkgroup"

	// 子用户不是管理员，无权删除工作组。
	UNAUTHORIZEDOPERATION_DELETEWORKGROUP = "UnauthorizedOperation.DeleteWorkgroup"

	// 子用户无权授予特定权限。
	UNAUTHORIZEDOPERATION_GRANTPOLICY = "UnauthorizedOperation.GrantPolicy"

	// 子用户无权修改引擎配置。
	UNAUTHORIZEDOPERATION_MODIFYCOMPUTINGENGINE = "UnauthorizedOperation.ModifyComputingEngine"

	// 子用户不是管理员，无权修改用户信息。
	UNAUTHORIZEDOPERATION_MODIFYUSERINFO = "UnauthorizedOperation.ModifyUserInfo"

	// 子用户不是管理员，无权修改用户类型。
	UNAUTHORIZEDOPERATION_MODIFYUSERTYPE = "UnauthorizedOperation.ModifyUserType"

	// 子用户不是管理员，无权修改工作组信息。
	UNAUTHORIZEDOPERATION_MODIFYWORKGROUPINFO = "UnauthorizedOperation.ModifyWorkgroupInfo"

	// 子用户无权查看引擎监控。
	UNAUTHORIZEDOPERATION_MONITORCOMPUTINGENGINE = "UnauthorizedOperation.MonitorComputingEngine"

	// 没有支付权限。
	UNAUTHORIZEDOPERATION_NOPAYMENTAUTHORITY = "UnauthorizedOperation.NoPaymentAuthority"

	// 子用户无权操作引擎。
	UNAUTHORIZEDOPERATION_OPERATECOMPUTINGENGINE = "UnauthorizedOperation.OperateComputingEngine"

	// Prohibited operation admin
	UNAUTHORIZEDOPERATION_PROHIBITEDOPERATIONADMIN = "UnauthorizedOperation.ProhibitedOperationAdmin"

	// 子用户无权续费计算引擎。
	UNAUTHORIZEDOPERATION_RENEWCOMPUTINGENGINE = "UnauthorizedOperation.RenewComputingEngine"

	// 子用户无权取消特定权限。
	UNAUTHORIZEDOPERATION_REVOKEPOLICY = "UnauthorizedOperation.RevokePolicy"

	// 用户没有操作权限
	UNAUTHORIZEDOPERATION_UNAUTHORIZEDOPERATION = "UnauthorizedOperation.UnauthorizedOperation"

	// 无引擎cam权限
	UNAUTHORIZEDOPERATION_UNAUTHORIZEDOPERATIONCODE_NOENGINECAMPERMISSIONS = "UnauthorizedOperation.UnauthorizedOperationCode_NoEngineCamPermissions"

	// 子用户不是管理员，无权将工作组和用户解绑。
	UNAUTHORIZEDOPERATION_UNBINDWORKGROUPSFROMUSER = "UnauthorizedOperation.UnbindWorkgroupsFromUser"

	// 子用户无权使用计算引擎。
	UNAUTHORIZEDOPERATION_USECOMPUTINGENGINE = "UnauthorizedOperation.UseComputingEngine"

	// 子用户不存在。
	UNAUTHORIZEDOPERATION_USERNOTEXIST = "UnauthorizedOperation.UserNotExist"

	// Yunti user do not support this operation
	UNAUTHORIZEDOPERATION_YUNTIUSERUNSUPPORT = "UnauthorizedOperation.YuntiUserUnSupport"

	// 未知参数错误。
	UNKNOWNPARAMETER = "UnknownParameter"

	// 操作不支持。
	UNSUPPORTEDOPERATION = "UnsupportedOperation"

	// 无法修改主账号。
	UNSUPPORTEDOPERATION_MODIFYOWNERUNSUPPORTED = "UnsupportedOperation.ModifyOwnerUnsupported"

	// 不支持当前数据连接类型，当前仅支持: DataLakeCatalog/Mysql/HiveCos/HiveHdfs/HiveCHdfs/PostgreSql/SqlServer/ClickHouse
	UNSUPPORTEDOPERATION_UNSUPPORTEDDATASOURCECONNECTIONTYPE = "UnsupportedOperation.UnsupportedDatasourceConnectionType"

	// 不支持当前文件格式，当前仅支持: json/csv/avro/orc/parquet
	UNSUPPORTEDOPERATION_UNSUPPORTEDFILETYPE = "UnsupportedOperation.UnsupportedFileType"
)
